package com.shopassistant.usage;

/**
 * The project's one rule for counting tokens without the model: one token per four characters
 * (Unicode code points), rounded up. Gemini's tokenizer gives about that for English and Indonesian
 * prose and JSON; it is what budgets estimate with before a call, what the prompt-size gate
 * measures, and what the Gemini fake reports in {@code usageMetadata}.
 */
public final class TokenEstimate {

  public static final int CHARACTERS_PER_TOKEN = 4;

  private TokenEstimate() {}

  public static int of(String text) {
    if (text == null || text.isEmpty()) {
      return 0;
    }
    int characters = text.codePointCount(0, text.length());
    return (characters + CHARACTERS_PER_TOKEN - 1) / CHARACTERS_PER_TOKEN;
  }
}
