package com.shopassistant.it.assistant;

import com.shopassistant.it.gemini.FakeMatch;
import com.shopassistant.it.gemini.FakeReply;
import com.shopassistant.it.gemini.FakeRule;
import com.shopassistant.it.gemini.RecordedRequest;
import jakarta.json.JsonObject;
import java.util.Map;

/**
 * Scripts for the Gemini fake around a checkout: the model confirms with the confirmation token
 * that the last {@code quote_checkout} answered, as a real model reading its tool results would.
 */
public final class ConfirmRules {

  private ConfirmRules() {}

  /** When the customer just wrote a message containing {@code yes}, confirm the quoted checkout. */
  public static FakeRule confirmWithQuotedTokenWhen(String yes) {
    return FakeRule.answering(
        FakeMatch.userJustWrote().and(FakeMatch.lastUserTextContains(yes)),
        request ->
            FakeReply.call("confirm_checkout", Map.of("confirmation_token", quotedToken(request))));
  }

  /** The token of the latest quote the model was sent, or a placeholder the server refuses. */
  public static String quotedToken(RecordedRequest request) {
    JsonObject quote = request.latestFunctionResponse("quote_checkout");
    return quote == null ? "no-quote-seen" : quote.getString("confirmation_token", "none");
  }
}
