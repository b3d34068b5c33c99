package com.shopassistant.usage;

/**
 * A number of tokens allowed in a period, or no limit at all. Configured as a whole number; a
 * negative number, or none, means unlimited (the seed's enterprise tier, a guest's month).
 */
public record TokenLimit(long tokens) {

  public static final TokenLimit UNLIMITED = new TokenLimit(-1);

  public static TokenLimit of(long tokens) {
    return tokens < 0 ? UNLIMITED : new TokenLimit(tokens);
  }

  public boolean unlimited() {
    return tokens < 0;
  }

  /** What is left after {@code used} tokens; never negative. Long.MAX_VALUE when unlimited. */
  public long remaining(long used) {
    return unlimited() ? Long.MAX_VALUE : Math.max(0, tokens - used);
  }

  /** Whether {@code used} tokens reach {@code share} (0.8: 80 %) of the limit. */
  public boolean reached(long used, double share) {
    return used >= threshold(share);
  }

  /**
   * The fewest tokens that reach {@code share} of the limit; {@link Long#MAX_VALUE} (never reached)
   * when unlimited or zero.
   */
  public long threshold(double share) {
    return unlimited() || tokens == 0 ? Long.MAX_VALUE : (long) Math.ceil(tokens * share);
  }

  @Override
  public String toString() {
    return unlimited() ? "unlimited" : Long.toString(tokens);
  }
}
