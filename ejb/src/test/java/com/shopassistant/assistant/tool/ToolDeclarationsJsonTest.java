package com.shopassistant.assistant.tool;

import static com.shopassistant.assistant.tool.ToolParameter.Type.INTEGER;
import static com.shopassistant.assistant.tool.ToolParameter.Type.STRING;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ToolDeclarationsJsonTest {

  @Test
  void rendersTheFunctionDeclarationShapeWithRequiredEnumsAndItems() {
    ToolDeclaration declaration =
        new ToolDeclaration(
            "move",
            "Move things.",
            List.of(
                ToolParameter.required("what", STRING, "the thing"),
                ToolParameter.oneOf("how", false, "", List.of("fast", "slow")),
                ToolParameter.arrayOf(
                    "steps",
                    true,
                    "",
                    ToolParameter.object(
                        "step", true, "", List.of(ToolParameter.required("n", INTEGER, ""))))));

    assertThat(ToolDeclarationsJson.render(List.of(declaration)))
        .isEqualTo(
            "[{\"name\":\"move\",\"description\":\"Move things.\",\"parameters\":{\"type\":\"OBJECT\","
                + "\"properties\":{\"what\":{\"type\":\"STRING\",\"description\":\"the thing\"},"
                + "\"how\":{\"type\":\"STRING\",\"enum\":[\"fast\",\"slow\"]},"
                + "\"steps\":{\"type\":\"ARRAY\",\"items\":{\"type\":\"OBJECT\",\"properties\":"
                + "{\"n\":{\"type\":\"INTEGER\"}},\"required\":[\"n\"]}}},"
                + "\"required\":[\"what\",\"steps\"]}}]");
  }

  @Test
  void leavesOutTheParametersOfAToolWithoutAny() {
    assertThat(ToolDeclarationsJson.render(List.of(new ToolDeclaration("ping", "Ping.", null))))
        .isEqualTo("[{\"name\":\"ping\",\"description\":\"Ping.\"}]");
  }

  @Test
  void countsTokensOfTheRenderingByTheProjectRule() {
    List<ToolDeclaration> one = List.of(new ToolDeclaration("ping", "Ping.", null));

    // 39 characters: ceil(39 / 4) = 10.
    assertThat(ToolDeclarationsJson.render(one)).hasSize(39);
    assertThat(ToolDeclarationsJson.tokens(one)).isEqualTo(10);
  }

  @Test
  void theSameDeclarationsRenderTheSameTextEveryTime() {
    List<ToolDeclaration> declarations = new Tools().registry().declarations();

    assertThat(ToolDeclarationsJson.render(declarations))
        .isEqualTo(ToolDeclarationsJson.render(new Tools().registry().declarations()));
  }
}
