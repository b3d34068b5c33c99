package com.shopassistant.it.bench;

import com.shopassistant.it.gemini.FakeCall;
import com.shopassistant.it.gemini.FakeMatch;
import com.shopassistant.it.gemini.FakeReply;
import com.shopassistant.it.gemini.FakeRule;
import com.shopassistant.it.gemini.GeminiFake;
import com.shopassistant.it.gemini.RecordedRequest;
import jakarta.json.JsonObject;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Plays the model for the benchmark's sessions: the customer's message decides the function call (a
 * word says which tool, the last word is its argument), and after any tool result the model answers
 * with a short paragraph. Rules, not a queue, so 100 conversations can run at once.
 */
public final class ScriptedShopper {

  static final String ANSWER =
      "Here is what I found for you. The first option is in stock and ships today; the second is"
          + " a little cheaper but only a few units are left. Prices are in USD and include tax."
          + " Would you like me to add one to your cart, compare them, or look for something else?";

  private ScriptedShopper() {}

  public static void install(GeminiFake fake) {
    fake.rule(
        FakeRule.when(
            FakeMatch.lastFunctionResponseOf("confirm_checkout"),
            FakeReply.text("Your order is placed. You will get an e-mail when it ships.")));
    fake.rule(
        FakeRule.answering(
            request -> request.lastFunctionResponseName() != null,
            request -> FakeReply.text(ANSWER)));
    on(
        fake,
        "compare",
        r ->
            FakeReply.calls(
                FakeCall.of("get_product_details", Map.of("product", word(r, 1))),
                FakeCall.of("get_product_details", Map.of("product", lastWord(r)))));
    on(
        fake,
        "tell me more",
        r -> FakeReply.call("get_product_details", Map.of("product", lastWord(r))));
    on(fake, "in stock", r -> FakeReply.call("check_stock", Map.of("item_code", word(r, 1))));
    on(
        fake,
        "add",
        r -> FakeReply.call("add_to_cart", Map.of("item_code", lastWord(r), "quantity", 1)));
    on(fake, "remove", r -> FakeReply.call("clear_cart", Map.of()));
    on(fake, "voucher", r -> FakeReply.call("apply_voucher", Map.of("code", lastWord(r))));
    on(fake, "my cart", r -> FakeReply.call("view_cart", Map.of()));
    on(fake, "check out", r -> FakeReply.call("quote_checkout", Map.of()));
    on(
        fake,
        "yes",
        r -> FakeReply.call("confirm_checkout", Map.of("confirmation_token", quoted(r))));
    on(fake, "order details", r -> FakeReply.call("list_orders", Map.of()));
    on(fake, "my orders", r -> FakeReply.call("list_orders", Map.of()));
    on(fake, "find", r -> FakeReply.call("search_products", Map.of("query", afterFind(r))));
    fake.defaultReply(FakeReply.text("You're welcome! Anything else I can help you with today?"));
  }

  private static void on(
      GeminiFake fake, String words, Function<RecordedRequest, FakeReply> reply) {
    fake.rule(
        FakeRule.answering(
            FakeMatch.userJustWrote().and(FakeMatch.lastUserTextContains(words)), reply));
  }

  private static String[] words(RecordedRequest request) {
    return request.lastUserText().strip().split("\\s+");
  }

  private static String lastWord(RecordedRequest request) {
    String[] words = words(request);
    return words[words.length - 1].replaceAll("[?.!]$", "");
  }

  private static String word(RecordedRequest request, int index) {
    String[] words = words(request);
    return words[Math.min(index, words.length - 1)].replaceAll("[?.!]$", "");
  }

  private static String afterFind(RecordedRequest request) {
    String text = request.lastUserText().toLowerCase(Locale.ROOT);
    return text.substring(text.indexOf("find") + 4).strip();
  }

  private static String quoted(RecordedRequest request) {
    JsonObject quote = request.latestFunctionResponse("quote_checkout");
    return quote == null ? "none" : quote.getString("confirmation_token", "none");
  }
}
