package com.shopassistant.usage;

/** What one attempt to count a model call in a window came to. */
public enum ModelRateOutcome {
  /** Counted: the call may be made. */
  COUNTED,
  /** Not counted: the window already holds the requests-per-minute limit. */
  REQUESTS,
  /** Not counted: the call's estimate does not fit in what is left of the tokens-per-minute. */
  TOKENS;

  /** The metric label and the exception's reason: {@code requests} or {@code tokens}. */
  public String reason() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
