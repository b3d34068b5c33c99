package com.shopassistant.assistant.model;

/**
 * Tokens of one model call as the model reported them ({@code usageMetadata}); cached tokens are
 * part of the input.
 */
public record ModelUsage(int input, int output, int cached) {

  public static final ModelUsage NONE = new ModelUsage(0, 0, 0);

  public ModelUsage {
    if (input < 0 || output < 0 || cached < 0 || cached > input) {
      throw new IllegalArgumentException(
          "bad token counts: input " + input + ", output " + output + ", cached " + cached);
    }
  }

  public int total() {
    return input + output;
  }

  public ModelUsage plus(ModelUsage other) {
    return new ModelUsage(input + other.input, output + other.output, cached + other.cached);
  }
}
