package com.shopassistant.assistant.offline;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopassistant.assistant.model.ModelReply;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Whole turns played against canned tool results: the assistant chains the calls an intent needs
 * (details before add_to_cart, the cart before removing a line, addresses before a quote) and then
 * words the last result.
 */
class MultiStepTurnTest {

  private final FakeStore store =
      new FakeStore()
          .answer("search_products", Samples.headphonesSearch())
          .answer("get_product_details", Samples.overEarDetails())
          .answer("add_to_cart", Samples.twoLineCart())
          .answer("view_cart", Samples.twoLineCart())
          .answer("list_addresses", Samples.addresses())
          .answer("list_payment_methods", Samples.paymentMethods())
          .answer("quote_checkout", Samples.checkoutQuote("cf_tok"))
          .answer("get_order_details", Samples.deliveredOrder());

  @Test
  void addTheBlueOneLooksUpTheProductThenAddsItsBlueVariant() {
    Chat chat =
        Chat.start()
            .user("find over-ear headphones")
            .called(
                "search_products",
                Map.of("query", "over-ear headphone"),
                Samples.oneProductSearch())
            .model("I found 1 product.");

    FakeStore.TurnResult turn = store.turn(chat, "add the blue one");

    assertThat(turn.tools()).containsExactly("get_product_details", "add_to_cart");
    assertThat(turn.call("get_product_details").args()).isEqualTo(Map.of("product", "DP0002"));
    assertThat(Args.plain(turn.call("add_to_cart").args()))
        .isEqualTo(Args.of("item_code", "DV000203", "quantity", 1));
    assertThat(turn.text()).startsWith("Added 1 × ").contains("Your cart:", "Total: $264.00");
  }

  @Test
  void aProductWithSeveralFittingVariantsIsAskedAboutAndTheAnswerCompletesTheRequest() {
    FakeStore twoAxes =
        new FakeStore()
            .answer("get_product_details", Samples.noiseCancellingDetails())
            .answer("add_to_cart", Samples.twoLineCart());
    Chat chat =
        Chat.start()
            .user("find headphones")
            .called("search_products", Map.of("query", "headphone"), Samples.headphonesSearch())
            .model("I found 3 products.");

    FakeStore.TurnResult asked = twoAxes.turn(chat, "add the first one");

    assertThat(asked.tools()).containsExactly("get_product_details");
    assertThat(asked.text())
        .contains("black, 30 hours", "black, 40 hours", "midnight blue, 30 hours")
        .doesNotContain("midnight blue, 40 hours")
        .endsWith("Which one would you like?");

    FakeStore.TurnResult answered = twoAxes.turn(chat, "black with 40 hours");

    assertThat(answered.tools()).containsExactly("add_to_cart");
    assertThat(Args.plain(answered.call("add_to_cart").args()))
        .isEqualTo(Args.of("item_code", "DV000102", "quantity", 1));
  }

  @Test
  void theOnlyAvailableVariantIsTakenWithoutAsking() {
    Chat chat =
        Chat.start()
            .user("tell me about DP0002")
            .called("get_product_details", Map.of("product", "DP0002"), Samples.overEarDetails())
            .model("Here it is.");

    FakeStore.TurnResult turn = store.turn(chat, "add the white or blue one? no: the blue");

    assertThat(Args.plain(turn.call("add_to_cart").args()))
        .isEqualTo(Args.of("item_code", "DV000203", "quantity", 1));
  }

  @Test
  void aSoldOutChoiceIsSaidWithTheOptionsThatAreLeft() {
    Chat chat =
        Chat.start()
            .user("tell me about DP0002")
            .called("get_product_details", Map.of("product", "DP0002"), Samples.overEarDetails())
            .model("Here it is.");

    FakeStore.TurnResult turn = store.turn(chat, "add the white one");

    assertThat(turn.calls()).isEmpty();
    assertThat(turn.text()).contains("white", "out of stock", "black", "blue");
  }

  @Test
  void removingALineReadsTheCartFirstThenRemovesThatLine() {
    FakeStore carts = new FakeStore().answer("view_cart", Samples.twoLineCart());
    carts.answer(
        "remove_cart_line",
        Samples.cart(Samples.line(12, "DV000301", "Wireless Earbuds", "white", 1, "99.00")));

    FakeStore.TurnResult turn = carts.turn(Chat.start(), "remove the headphones");

    assertThat(turn.tools()).containsExactly("view_cart", "remove_cart_line");
    assertThat(Args.plain(turn.call("remove_cart_line").args())).isEqualTo(Args.of("line_id", 11));
    assertThat(turn.text())
        .startsWith("Removed Wireless Over-Ear Headphones.")
        .contains("Wireless Earbuds");
  }

  @Test
  void changingAQuantityUpdatesTheLineTheWordsName() {
    FakeStore carts =
        new FakeStore()
            .answer("view_cart", Samples.twoLineCart())
            .answer("update_cart_line", Samples.twoLineCart());

    FakeStore.TurnResult turn = carts.turn(Chat.start(), "ubah jumlah earbuds jadi 3");

    assertThat(turn.tools()).containsExactly("view_cart", "update_cart_line");
    assertThat(Args.plain(turn.call("update_cart_line").args()))
        .isEqualTo(Args.of("line_id", 12, "quantity", 3));
    assertThat(turn.text()).startsWith("Jumlah Wireless Earbuds sekarang 3.");
  }

  @Test
  void aSearchThatFindsNothingTriesItsLastWordOnce() {
    FakeStore searches =
        new FakeStore()
            .answer(
                "search_products",
                args ->
                    "headphone".equals(args.get("query"))
                        ? Samples.headphonesSearch()
                        : Samples.emptySearch());

    FakeStore.TurnResult turn = searches.turn(Chat.start(), "find glittery headphones");

    assertThat(turn.calls())
        .extracting(c -> c.args().get("query"))
        .containsExactly("glittery headphone", "headphone");
    assertThat(turn.text()).startsWith("I found 3 products for \"headphone\":");
  }

  @Test
  void aProductNamedButNotShownIsSearchedAndItsDetailsGivenWhenOneFits() {
    FakeStore found =
        new FakeStore()
            .answer("search_products", Samples.oneProductSearch())
            .answer("get_product_details", Samples.overEarDetails());

    FakeStore.TurnResult turn = found.turn(Chat.start(), "is the over-ear headphones in stock?");

    assertThat(turn.tools()).containsExactly("search_products", "get_product_details");
    assertThat(turn.text()).contains("black", "in stock (5 left)", "white", "out of stock");
  }

  @Test
  void theAssistantStopsAfterItsOwnCapAndSaysWhatItHas() {
    Chat chat = Chat.start().user("check out to my office address");
    for (int i = 0; i < OfflineAssistant.MAX_CALLS_PER_TURN; i++) {
      chat.called("list_payment_methods", Map.of(), Samples.paymentMethods());
    }

    ModelReply reply = new OfflineAssistant().generate(chat.request());

    assertThat(reply.calls()).isEmpty();
    assertThat(reply.text()).startsWith("Your payment methods:");
  }

  @Test
  void aCallAlreadyMadeInTheTurnIsNotRepeated() {
    Chat chat =
        Chat.start()
            .user("checkout")
            .called("quote_checkout", Map.of(), Samples.error("cart-empty", "Your cart is empty."));

    ModelReply reply = new OfflineAssistant().generate(chat.request());

    assertThat(reply.calls()).isEmpty();
    assertThat(reply.text()).isEqualTo("Sorry, that didn't work: Your cart is empty.");
  }

  @Test
  void aCategoryTheHistoryListedBecomesTheCategoryFilter() {
    Chat chat =
        Chat.start()
            .user("what categories do you have?")
            .called(
                "list_categories",
                Map.of(),
                Map.of(
                    "categories",
                    List.of(
                        Map.of("slug", "electronics", "name", "Electronics", "products", 10),
                        Map.of(
                            "slug", "clothing-shoes", "name", "Clothing & Shoes", "products", 8))))
            .model("Our categories: ...")
            .user("show me electronics under 300");

    ModelReply reply = new OfflineAssistant().generate(chat.request());

    assertThat(Args.plain(reply.calls().get(0).args()))
        .isEqualTo(Args.of("category", "electronics", "max_price", 300));
  }
}
