package com.shopassistant.it.reliability;

import java.util.Arrays;
import java.util.Collection;

/** Nearest-rank percentiles (the value at or below which p % of the values lie). */
public final class Percentiles {

  private final double[] sorted;

  public Percentiles(Collection<Double> values) {
    this.sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
  }

  public Percentiles(double... values) {
    this.sorted = values.clone();
    Arrays.sort(this.sorted);
  }

  public int count() {
    return sorted.length;
  }

  /** The p-th percentile (0 < p ≤ 100), NaN when there are no values. */
  public double at(double p) {
    if (p <= 0 || p > 100) {
      throw new IllegalArgumentException("percentile must be in (0, 100]: " + p);
    }
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)];
  }

  public double max() {
    return sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1];
  }
}
