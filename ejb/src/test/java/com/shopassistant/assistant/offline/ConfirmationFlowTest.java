package com.shopassistant.assistant.offline;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopassistant.assistant.model.FunctionCall;
import com.shopassistant.assistant.model.ModelReply;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The confirmation rule: a yes confirms the newest pending quote with its token, through the tool
 * that belongs to it; a no, or no pending quote, calls nothing; a refused confirm is said plainly.
 */
class ConfirmationFlowTest {

  private final OfflineAssistant assistant = new OfflineAssistant();

  private static Chat quotedCheckout(String token) {
    return Chat.start()
        .user("checkout")
        .called("quote_checkout", Map.of(), Samples.checkoutQuote(token))
        .model("Here is your order before I place it: ... Reply \"yes\" to confirm.");
  }

  private static Chat quotedCancel(String token) {
    return Chat.start()
        .user("batalkan pesanan #W1234567 karena salah pesan")
        .called(
            "cancel_pending_order",
            Map.of("order_number", "#W1234567", "reason", "ordered by mistake"),
            Samples.cancelQuote(token))
        .model("Batalkan pesanan #W1234567 ... Balas \"ya\" untuk konfirmasi.");
  }

  @Test
  void yesConfirmsThePendingCheckoutWithItsToken() {
    ModelReply reply = assistant.generate(quotedCheckout("cf_abc").user("Yes please").request());

    assertThat(reply.calls())
        .containsExactly(
            new FunctionCall(
                reply.calls().get(0).id(),
                "confirm_checkout",
                Map.of("confirmation_token", "cf_abc")));
  }

  @Test
  void yaConfirmsAPendingOrderChangeThroughConfirmOrderChange() {
    ModelReply reply = assistant.generate(quotedCancel("cf_can").user("ya, lanjut").request());

    assertThat(reply.calls()).hasSize(1);
    assertThat(reply.calls().get(0).name()).isEqualTo("confirm_order_change");
    assertThat(reply.calls().get(0).args()).isEqualTo(Map.of("confirmation_token", "cf_can"));
  }

  @Test
  void theConfirmResultIsTheFinalReply() {
    FakeStore store =
        new FakeStore()
            .answer(
                "confirm_checkout",
                Map.of("order_number", "#S12345678", "status", "PENDING", "total", "264.00"));

    FakeStore.TurnResult turn = store.turn(quotedCheckout("cf_abc"), "ok");

    assertThat(turn.tools()).containsExactly("confirm_checkout");
    assertThat(turn.text())
        .isEqualTo("Done! Your order #S12345678 is placed (pending), total $264.00.");
  }

  @Test
  void theNewestQuoteIsTheOneConfirmed() {
    Chat chat =
        quotedCheckout("cf_old")
            .user("use voucher HEMAT10 and checkout")
            .called(
                "quote_checkout",
                Map.of("voucher_code", "HEMAT10"),
                Samples.checkoutQuote("cf_new"))
            .model("Reply \"yes\" to confirm.")
            .user("confirm");

    ModelReply reply = assistant.generate(chat.request());

    assertThat(reply.calls().get(0).args()).isEqualTo(Map.of("confirmation_token", "cf_new"));
  }

  @Test
  void noCallsNothingAndSaysNothingWasDone() {
    ModelReply english = assistant.generate(quotedCheckout("cf_abc").user("no").request());
    ModelReply indonesian = assistant.generate(quotedCancel("cf_can").user("batal").request());

    assertThat(english.calls()).isEmpty();
    assertThat(english.text()).isEqualTo("OK, I haven't done it: nothing was ordered or changed.");
    assertThat(indonesian.calls()).isEmpty();
    assertThat(indonesian.text()).startsWith("Baik, tidak saya lanjutkan");
  }

  @Test
  void aYesAfterANoConfirmsNothing() {
    Chat chat =
        quotedCheckout("cf_abc").user("cancel that").model("OK, I haven't done it.").user("yes");

    ModelReply reply = assistant.generate(chat.request());

    assertThat(reply.calls()).isEmpty();
    assertThat(reply.text()).isEqualTo("There's nothing waiting for your confirmation right now.");
  }

  @Test
  void aQuoteAlreadyConfirmedIsNotConfirmedAgain() {
    Chat chat =
        quotedCheckout("cf_abc")
            .user("yes")
            .called(
                "confirm_checkout",
                Map.of("confirmation_token", "cf_abc"),
                Map.of("order_number", "#S12345678", "status", "PENDING", "total", "264.00"))
            .model("Done!")
            .user("yes");

    ModelReply reply = assistant.generate(chat.request());

    assertThat(reply.calls()).isEmpty();
    assertThat(reply.text()).contains("nothing waiting");
  }

  @Test
  void aConfirmTheGateRefusedIsSaidHonestlyAndTheQuoteStaysOpen() {
    Chat chat =
        quotedCheckout("cf_abc")
            .user("yes")
            .called(
                "confirm_checkout",
                Map.of("confirmation_token", "cf_abc"),
                Samples.error("confirmation-required", "The customer has not confirmed."));

    ModelReply refused = assistant.generate(chat.request());
    ModelReply again = assistant.generate(chat.model(refused.text()).user("yes").request());

    assertThat(refused.calls()).isEmpty();
    assertThat(refused.text()).startsWith("I couldn't confirm it").contains("explicit \"yes\"");
    assertThat(again.calls()).extracting(FunctionCall::name).containsExactly("confirm_checkout");
  }

  @Test
  void aYesWithAnotherRequestInItIsNotAConfirmation() {
    ModelReply reply =
        assistant.generate(
            quotedCheckout("cf_abc").user("yes, and add the black one too").request());

    assertThat(reply.calls()).extracting(FunctionCall::name).doesNotContain("confirm_checkout");
  }

  @Test
  void aYesWithNothingPendingConfirmsNothing() {
    ModelReply reply = assistant.generate(Chat.start().user("yes").request());

    assertThat(reply.calls()).isEmpty();
    assertThat(reply.text()).isEqualTo("There's nothing waiting for your confirmation right now.");
  }

  @Test
  void aConfirmToolTheRequestDoesNotOfferIsNotCalled() {
    var request = quotedCheckout("cf_abc").user("yes").request();
    var withoutConfirm =
        new com.shopassistant.assistant.model.ModelRequest(
            "offline",
            "system",
            null,
            request.history(),
            java.util.List.of(
                new com.shopassistant.assistant.tool.ToolDeclaration("view_cart", "cart", null)),
            "en");

    ModelReply reply = assistant.generate(withoutConfirm);

    assertThat(reply.calls()).isEmpty();
    assertThat(reply.text()).isEqualTo("Sorry, I can't do that right now.");
  }

  @Test
  void placeMyOrderConfirmsAQuoteAndQuotesWhenThereIsNone() {
    ModelReply confirming =
        assistant.generate(quotedCheckout("cf_abc").user("place my order").request());
    ModelReply quoting = assistant.generate(Chat.start().user("place my order").request());

    assertThat(confirming.calls())
        .extracting(FunctionCall::name)
        .containsExactly("confirm_checkout");
    assertThat(quoting.calls()).extracting(FunctionCall::name).containsExactly("quote_checkout");
  }
}
