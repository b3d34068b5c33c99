package com.shopassistant.assistant.gemini;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.genai.types.FunctionDeclaration;
import com.google.genai.types.Schema;
import com.google.genai.types.Type;
import com.shopassistant.assistant.tool.ToolDeclaration;
import com.shopassistant.assistant.tool.ToolParameter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ToolDeclaration / ToolParameter → the SDK's FunctionDeclaration and Schema. */
class GeminiSchemasTest {

  @Test
  void mapsEveryTypeEnumItemsNestedObjectsAndRequired() {
    ToolDeclaration tool =
        new ToolDeclaration(
            "add_to_cart",
            "Adds a product.",
            List.of(
                ToolParameter.required("product_id", ToolParameter.Type.INTEGER, "The product."),
                ToolParameter.optional("quantity", ToolParameter.Type.NUMBER, "How many."),
                ToolParameter.optional("gift", ToolParameter.Type.BOOLEAN, ""),
                ToolParameter.oneOf("size", true, "Its size.", List.of("S", "M", "L")),
                ToolParameter.arrayOf(
                    "options",
                    false,
                    "Chosen options.",
                    ToolParameter.required("option", ToolParameter.Type.STRING, "One option.")),
                ToolParameter.object(
                    "address",
                    false,
                    "Where to.",
                    List.of(
                        ToolParameter.required("city", ToolParameter.Type.STRING, "The city.")))));

    FunctionDeclaration declaration = GeminiSchemas.declaration(tool);

    assertThat(declaration.name()).contains("add_to_cart");
    assertThat(declaration.description()).contains("Adds a product.");
    Schema parameters = declaration.parameters().orElseThrow();
    assertThat(parameters.type().orElseThrow().knownEnum()).isEqualTo(Type.Known.OBJECT);
    assertThat(parameters.required().orElseThrow()).containsExactly("product_id", "size");
    var properties = parameters.properties().orElseThrow();
    assertThat(properties.keySet())
        .containsExactly("product_id", "quantity", "gift", "size", "options", "address");
    assertThat(type(properties.get("product_id"))).isEqualTo(Type.Known.INTEGER);
    assertThat(type(properties.get("quantity"))).isEqualTo(Type.Known.NUMBER);
    assertThat(type(properties.get("gift"))).isEqualTo(Type.Known.BOOLEAN);
    assertThat(properties.get("gift").description()).isEmpty();
    assertThat(properties.get("size").enum_().orElseThrow()).containsExactly("S", "M", "L");
    assertThat(type(properties.get("options"))).isEqualTo(Type.Known.ARRAY);
    assertThat(type(properties.get("options").items().orElseThrow())).isEqualTo(Type.Known.STRING);
    Schema address = properties.get("address");
    assertThat(type(address)).isEqualTo(Type.Known.OBJECT);
    assertThat(address.required().orElseThrow()).containsExactly("city");
    assertThat(address.description()).contains("Where to.");
  }

  @Test
  void aToolWithoutParametersHasNoSchemaAndNoToolsMeansNoTool() {
    FunctionDeclaration declaration =
        GeminiSchemas.declaration(new ToolDeclaration("view_cart", "Shows the cart.", List.of()));

    assertThat(declaration.parameters()).isEmpty();
    assertThat(GeminiSchemas.tools(List.of())).isEmpty();
  }

  private static Type.Known type(Schema schema) {
    return schema.type().orElseThrow().knownEnum();
  }
}
