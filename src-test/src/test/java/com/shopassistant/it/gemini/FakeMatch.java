package com.shopassistant.it.gemini;

import java.util.Locale;
import java.util.function.Predicate;

/**
 * Conditions a {@link FakeRule} answers on; combine them with {@link Predicate#and}. Text is
 * compared ignoring case, so a conversation can be told apart by a word its customer wrote.
 */
public final class FakeMatch {

  private FakeMatch() {}

  /** The last user content with text (see {@link RecordedRequest#lastUserText()}) contains it. */
  public static Predicate<RecordedRequest> lastUserTextContains(String fragment) {
    String wanted = fragment.toLowerCase(Locale.ROOT);
    return request -> request.lastUserText().toLowerCase(Locale.ROOT).contains(wanted);
  }

  /** The request's last part is the functionResponse of tool {@code name}. */
  public static Predicate<RecordedRequest> lastFunctionResponseOf(String name) {
    return request -> name.equals(request.lastFunctionResponseName());
  }

  /** The request's last part is not a functionResponse: the customer has just written. */
  public static Predicate<RecordedRequest> userJustWrote() {
    return request -> request.lastFunctionResponseName() == null;
  }

  public static Predicate<RecordedRequest> model(String model) {
    return request -> model.equals(request.model());
  }

  public static Predicate<RecordedRequest> anyRequest() {
    return request -> true;
  }
}
