package com.shopassistant.assistant.tool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.shopassistant.cart.CartException;
import com.shopassistant.usage.TokenEstimate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Histogram;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class ToolRegistryTest {

  private final Tools tools = new Tools();

  private static ToolSet setOf(ShopTool... tools) {
    return () -> List.of(tools);
  }

  private static ShopTool tool(String name, AdapterTool.Body body) {
    return AdapterTool.reading(new ToolDeclaration(name, "A test tool.", List.of()), body);
  }

  @Test
  void twoToolsWithOneNameStopTheStart() {
    ToolSet first = setOf(tool("view_cart", (a, c) -> ToolResult.ok("view_cart", null, "")));
    ToolSet second = setOf(tool("view_cart", (a, c) -> ToolResult.ok("view_cart", null, "")));

    assertThatThrownBy(() -> new ToolRegistry(List.of(first, second), null))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("two assistant tools are named view_cart");
  }

  @Test
  void aNameThatIsNotSnakeCaseStopsTheStart() {
    ToolSet set = setOf(tool("View-Cart", (a, c) -> ToolResult.ok("View-Cart", null, "")));

    assertThatThrownBy(() -> new ToolRegistry(List.of(set), null))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("View-Cart");
  }

  @Test
  void declarationsComeByNameWhateverOrderTheSetsArrive() {
    ToolSet b = setOf(tool("b_tool", (a, c) -> null), tool("a_tool", (a, c) -> null));
    ToolSet c = setOf(tool("c_tool", (a, x) -> null));

    List<String> oneWay =
        new ToolRegistry(List.of(b, c), null)
            .declarations().stream().map(ToolDeclaration::name).toList();
    List<String> otherWay =
        new ToolRegistry(List.of(c, b), null)
            .declarations().stream().map(ToolDeclaration::name).toList();

    assertThat(oneWay).containsExactly("a_tool", "b_tool", "c_tool").isEqualTo(otherWay);
  }

  @Test
  void findsToolsByName() {
    ToolRegistry registry = tools.registry();

    assertThat(registry.find("view_cart")).map(ShopTool::name).contains("view_cart");
    assertThat(registry.find("drop_database")).isEmpty();
    assertThat(registry.find(null)).isEmpty();
  }

  @Test
  void anUnknownToolIsAnErrorResult() {
    ToolResult result = tools.run("drop_database", Map.of());

    assertThat(result.ok()).isFalse();
    assertThat(result.data())
        .containsEntry("error", "unknown-tool")
        .containsEntry(
            "detail", "There is no tool named 'drop_database'; call one of the declared tools.");
  }

  @Test
  void aNullNameIsAnUnknownToolToo() {
    assertThat(tools.run(null, null).data()).containsEntry("error", "unknown-tool");
  }

  @Test
  void aBadArgumentIsAnErrorNamingTheArgument() {
    ToolResult result = tools.run("add_to_cart", Map.of("item_code", "X1", "quantity", "lots"));

    assertThat(result.ok()).isFalse();
    assertThat(result.data())
        .containsEntry("error", "invalid-argument")
        .containsEntry("detail", "quantity must be a number");
  }

  @Test
  void aMissingArgumentIsAnErrorNamingTheArgument() {
    assertThat(tools.run("add_to_cart", Map.of()).data())
        .containsEntry("error", "invalid-argument")
        .containsEntry("detail", "item_code is required");
  }

  @Test
  void aRefusalOfTheStoreGetsTheApiSlugAndTheStoreMessage() throws Exception {
    when(tools.carts.addItem(anyLong(), any(), any(Integer.class)))
        .thenThrow(
            new CartException(CartException.Kind.OUT_OF_STOCK, "Item X1 (Lamp) is out of stock."));

    ToolResult result = tools.run("add_to_cart", Map.of("item_code", "X1"));

    assertThat(result.data())
        .isEqualTo(Map.of("error", "out-of-stock", "detail", "Item X1 (Lamp) is out of stock."));
  }

  @Test
  void anUnexpectedFailureIsANeutralErrorAndNeverThrown() {
    when(tools.carts.view(anyLong()))
        .thenThrow(new IllegalStateException("jdbc:postgresql://db secret=hunter2 failed"));

    ToolResult result = tools.run("view_cart", Map.of());

    assertThat(result.ok()).isFalse();
    assertThat(result.data()).containsEntry("error", "tool-failed");
    assertThat((String) result.data().get("detail"))
        .contains("incident")
        .doesNotContain("hunter2", "jdbc", "IllegalStateException");
  }

  @Test
  void aToolThatThrowsAnErrorLikeExceptionOfItsOwnIsAFailureToo() {
    ToolSet set =
        setOf(
            tool(
                "broken",
                (a, c) -> {
                  throw new java.io.IOException("disk");
                }));

    ToolResult result =
        new ToolRegistry(List.of(set), null).run("broken", Map.of(), tools.context(false));

    assertThat(result.data()).containsEntry("error", "tool-failed");
  }

  @Test
  void aToolAnsweringNothingIsAFailureNotANullResult() {
    ToolSet set = setOf(tool("silent", (a, c) -> null));

    ToolResult result =
        new ToolRegistry(List.of(set), null).run("silent", Map.of(), tools.context(false));

    assertThat(result.data()).containsEntry("error", "tool-failed");
  }

  @Test
  void resultsAreCompressedOnTheWayOut() {
    ToolSet set =
        setOf(
            tool(
                "loud",
                (a, c) ->
                    ToolResult.ok(
                        "loud",
                        Fields.of()
                            .put("price", new java.math.BigDecimal("3.50"))
                            .put("empty", List.of())
                            .map(),
                        "")));

    ToolResult result =
        new ToolRegistry(List.of(set), null).run("loud", Map.of(), tools.context(false));

    assertThat(result.data()).isEqualTo(Map.of("price", "3.50"));
  }

  @Test
  void aResultCostsTheTokensOfItsJson() {
    ToolResult result = ToolResult.ok("t", Map.of("result", "12.5"), "");

    // {"result":"12.5"} is 17 characters: 5 tokens.
    assertThat(ToolRegistry.resultTokens(result))
        .isEqualTo(TokenEstimate.of("{\"result\":\"12.5\"}"));
    assertThat(ToolRegistry.resultTokens(result)).isEqualTo(5);
  }

  @Test
  void everyCallIsCountedByToolAndOutcomeWithItsTokens() {
    MetricRegistry metrics = mock(MetricRegistry.class);
    Counter counter = mock(Counter.class);
    Histogram histogram = mock(Histogram.class);
    when(metrics.counter(any(Metadata.class), any(Tag[].class))).thenReturn(counter);
    when(metrics.histogram(any(Metadata.class), any(Tag[].class))).thenReturn(histogram);
    ToolRegistry registry = new ToolRegistry(tools.sets(), metrics);

    registry.run("calculate", Map.of("expression", "1 + 1"), tools.context(false));
    registry.run("no_such_tool", Map.of(), tools.context(false));

    ArgumentCaptor<Tag> tags = ArgumentCaptor.forClass(Tag.class);
    verify(metrics, org.mockito.Mockito.times(2))
        .counter(any(Metadata.class), tags.capture(), tags.capture());
    assertThat(tags.getAllValues())
        .extracting(Tag::getTagName, Tag::getTagValue)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("tool", "calculate"),
            org.assertj.core.groups.Tuple.tuple("outcome", "ok"),
            org.assertj.core.groups.Tuple.tuple("tool", "unknown"),
            org.assertj.core.groups.Tuple.tuple("outcome", "unknown-tool"));
    verify(counter, org.mockito.Mockito.times(2)).inc();
    verify(histogram)
        .update(ToolRegistry.resultTokens(ToolResult.ok("calculate", Map.of("result", "2"), "")));
  }

  @Test
  void outcomesNameTheKindOfErrorAndTheStoreRefusalsTogether() {
    assertThat(ToolRegistry.outcome(ToolResult.ok("t", Map.of(), ""))).isEqualTo("ok");
    assertThat(
            ToolRegistry.outcome(
                ToolResult.pending(
                    "t", Map.of(), "", new PendingAction("cf_x", "CHECKOUT", "s", null))))
        .isEqualTo("pending");
    assertThat(ToolRegistry.outcome(ToolResult.error("t", "invalid-argument", "d")))
        .isEqualTo("invalid-argument");
    assertThat(ToolRegistry.outcome(ToolResult.error("t", "confirmation-required", "d")))
        .isEqualTo("confirmation-required");
    assertThat(ToolRegistry.outcome(ToolResult.error("t", "out-of-stock", "d")))
        .isEqualTo("refused");
  }
}
