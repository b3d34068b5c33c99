package com.shopassistant.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopassistant.assistant.model.FunctionCall;
import com.shopassistant.assistant.model.ModelMessage;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OlderToolResultsTest {

  private static final Map<String, Object> SEARCH =
      Map.of(
          "total",
          12,
          "instruction",
          "Show this to the customer",
          "products",
          IntStream.rangeClosed(1, 8)
              .mapToObj(i -> (Object) Map.of("code", "P" + i, "name", "x".repeat(100)))
              .toList());

  private static List<ModelMessage> twoTurns() {
    FunctionCall search = new FunctionCall(null, "search_products", Map.of());
    return List.of(
        ModelMessage.user("find lamps"),
        ModelMessage.model("", List.of(search), null),
        ModelMessage.tool("search_products", SEARCH),
        ModelMessage.model("Found 12", List.of(), null),
        ModelMessage.user("more lamps"),
        ModelMessage.model("", List.of(search), null),
        ModelMessage.tool("search_products", SEARCH));
  }

  @Test
  void earlierTurnsResultsAreShortenedAndTheCurrentTurnsAreWhole() {
    List<ModelMessage> sent = OlderToolResults.shorten(twoTurns());

    Map<String, Object> older = sent.get(2).response();
    assertThat(older).doesNotContainKey("instruction").containsEntry("total", 12);
    List<?> products = (List<?>) older.get("products");
    assertThat(products).hasSize(OlderToolResults.MAX_ITEMS + 1);
    assertThat(products.get(OlderToolResults.MAX_ITEMS)).isEqualTo(Map.of("more", 3));
    assertThat((String) ((Map<?, ?>) products.get(0)).get("name"))
        .hasSize(OlderToolResults.MAX_TEXT)
        .endsWith("…");
    assertThat(sent.get(6).response()).isSameAs(SEARCH);
  }

  @Test
  void nonToolMessagesAreUntouched() {
    List<ModelMessage> history = twoTurns();

    List<ModelMessage> sent = OlderToolResults.shorten(history);

    for (int i : new int[] {0, 1, 3, 4, 5}) {
      assertThat(sent.get(i)).isSameAs(history.get(i));
    }
  }

  @Test
  void confirmationTokensOfEarlierQuotesSurvive() {
    Map<String, Object> quote = Map.of("confirmation_token", "t".repeat(120), "total", "90.00");

    assertThat(OlderToolResults.digest(quote)).containsEntry("confirmation_token", "t".repeat(120));
  }
}
