package com.shopassistant.assistant.offline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Checkout and order-care turns played against canned tool results: addresses or payment methods
 * are listed before a quote that names one, an order (and its product) is read before a return or
 * an exchange is quoted, and what is unclear is asked.
 */
class OrderTurnTest {

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
  void checkoutToTheOfficeListsAddressesThenQuotesWithThatAddress() {
    FakeStore.TurnResult turn = store.turn(Chat.start(), "check out to my office address");

    assertThat(turn.tools()).containsExactly("list_addresses", "quote_checkout");
    assertThat(Args.plain(turn.call("quote_checkout").args())).isEqualTo(Args.of("address_id", 2));
    assertThat(turn.text())
        .contains("Total: $264.00", "Ship to: 500 Pine Avenue", "Pay with: Visa ending 4242")
        .contains("Reply \"yes\" to confirm (valid until 10:15 UTC)");
  }

  @Test
  void payingByCreditCardWithAVoucherPicksTheCardAndPassesTheVoucher() {
    FakeStore.TurnResult turn =
        store.turn(Chat.start(), "bayar pakai kartu kredit, pakai voucher HEMAT10");

    assertThat(turn.tools()).containsExactly("list_payment_methods", "quote_checkout");
    assertThat(Args.plain(turn.call("quote_checkout").args()))
        .isEqualTo(Args.of("payment_method_id", 7, "voucher_code", "HEMAT10"));
    assertThat(turn.text()).contains("Balas \"ya\" untuk konfirmasi");
  }

  @Test
  void anUnknownAddressLabelIsAskedAboutWithTheAddressesListed() {
    FakeStore.TurnResult turn = store.turn(Chat.start(), "checkout to my parents address");

    assertThat(turn.tools()).containsExactly("list_addresses");
    assertThat(turn.text())
        .contains("\"parents\"", "home: 12 Maple Street", "office: 500 Pine Avenue")
        .endsWith("Which address should I use?");
  }

  @Test
  void returningAllItemsToPaypalReadsTheOrderThenQuotesTheReturn() {
    store.answer(
        "return_delivered_order_items",
        Map.of(
            "order_number",
            "#W1234567",
            "refunds",
            List.of(Map.of("amount", "228.00", "payment_method_code", "paypal_0048121")),
            "confirmation_token",
            "cf_ret",
            "needs_confirmation",
            true));

    FakeStore.TurnResult turn =
        store.turn(Chat.start(), "return all items of order #W1234567 to my paypal");

    assertThat(turn.tools()).containsExactly("get_order_details", "return_delivered_order_items");
    assertThat(Args.plain(turn.call("return_delivered_order_items").args()))
        .isEqualTo(
            Args.of(
                "order_number", "#W1234567",
                "item_codes", List.of("DV000201", "DV000301"),
                "payment_method_code", "paypal_0048121"));
    assertThat(turn.text()).contains("Refund $228.00 to paypal_0048121", "Reply \"yes\"");
  }

  @Test
  void aReturnWithoutClearItemsAsksWhichOnes() {
    FakeStore.TurnResult turn =
        store.turn(Chat.start(), "I want to return something from #W1234567");

    assertThat(turn.tools()).containsExactly("get_order_details");
    assertThat(turn.text()).contains("Wireless Earbuds").endsWith("(or say \"all\")?");
  }

  @Test
  void exchangingForAnotherColourReadsTheOrderAndTheProductThenQuotes() {
    store.answer(
        "exchange_delivered_order_items",
        Map.of(
            "order_number",
            "#W1234567",
            "price_difference",
            "6.00",
            "confirmation_token",
            "cf_ex"));

    FakeStore.TurnResult turn =
        store.turn(Chat.start(), "exchange the headphones from order #W1234567 for the blue ones");

    assertThat(turn.tools())
        .containsExactly(
            "get_order_details", "get_product_details", "exchange_delivered_order_items");
    assertThat(Args.plain(turn.call("exchange_delivered_order_items").args()))
        .isEqualTo(
            Args.of(
                "order_number", "#W1234567",
                "swaps", List.of(Map.of("item_code", "DV000201", "new_item_code", "DV000203")),
                "payment_method_code", "paypal_0048121"));
    assertThat(turn.text()).contains("Price difference: $6.00");
  }

  @Test
  void aCancellationWithoutReasonAsksForOneAndTheAnswerQuotesIt() {
    store.answer("cancel_pending_order", Samples.cancelQuote("cf_can"));
    Chat chat = Chat.start();

    FakeStore.TurnResult asked = store.turn(chat, "please cancel order #W1234567");
    FakeStore.TurnResult quoted = store.turn(chat, "I ordered it by mistake");

    assertThat(asked.calls()).isEmpty();
    assertThat(asked.text())
        .contains("#W1234567", "no longer needed", "ordered by mistake")
        .endsWith("?");
    assertThat(Args.plain(quoted.call("cancel_pending_order").args()))
        .isEqualTo(Args.of("order_number", "#W1234567", "reason", "ordered by mistake"));
    assertThat(quoted.text()).contains("Refund $53.43 to credit_card_4829105", "Reply \"yes\"");
  }
}
