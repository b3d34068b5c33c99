package com.shopassistant.usage;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A model's price in USD per million tokens: uncached input, output, cached input.
 *
 * @param input per million input tokens not served from the context cache
 * @param output per million output tokens
 * @param cached per million input tokens served from the context cache
 */
public record ModelPrice(BigDecimal input, BigDecimal output, BigDecimal cached) {

  private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

  /** Costs are kept to 8 decimals (the ledger's scale), rounded half up once, at the end. */
  public static final int COST_SCALE = 8;

  public ModelPrice {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(output, "output");
    Objects.requireNonNull(cached, "cached");
    if (input.signum() < 0 || output.signum() < 0 || cached.signum() < 0) {
      throw new IllegalArgumentException("prices cannot be negative");
    }
  }

  /** The cost of one call; cached tokens are part of the input and priced at the cached rate. */
  public BigDecimal cost(TokenCounts counts) {
    BigDecimal uncached = BigDecimal.valueOf((long) counts.input() - counts.cached());
    BigDecimal perMillion =
        uncached
            .multiply(input)
            .add(BigDecimal.valueOf(counts.cached()).multiply(cached))
            .add(BigDecimal.valueOf(counts.output()).multiply(output));
    return perMillion.divide(MILLION, COST_SCALE, RoundingMode.HALF_UP);
  }
}
