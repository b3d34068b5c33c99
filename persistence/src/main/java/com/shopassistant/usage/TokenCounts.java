package com.shopassistant.usage;

import com.shopassistant.ops.Require;

/**
 * Token counts of one model call as the API reports them. Cached tokens are part of the input, and
 * the total may exceed input plus output (thinking and tool-use prompt tokens count too).
 */
public record TokenCounts(int input, int output, int cached, int total) {

  public TokenCounts {
    Require.atLeast(input, 0, "input tokens");
    Require.atLeast(output, 0, "output tokens");
    Require.atLeast(cached, 0, "cached tokens");
    if (cached > input) {
      throw new IllegalArgumentException(
          "cached tokens (" + cached + ") are part of the input (" + input + ")");
    }
    if ((long) total < (long) input + output) {
      throw new IllegalArgumentException(
          "total tokens (" + total + ") must cover input + output (" + (input + output) + ")");
    }
  }

  /** Counts whose total is input plus output. */
  public static TokenCounts of(int input, int output, int cached) {
    return new TokenCounts(input, output, cached, Math.addExact(input, output));
  }
}
