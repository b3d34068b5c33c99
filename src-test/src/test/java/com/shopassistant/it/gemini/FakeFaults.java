package com.shopassistant.it.gemini;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Random failures for reliability tests: a share {@code rate} of model calls fails, each with one
 * of the {@code mix}'s replies drawn by weight. Seeded, so a benchmark can repeat the same run.
 * Immutable; {@link Random} is safe for concurrent use.
 */
public final class FakeFaults {

  /** No faults. */
  public static final FakeFaults NONE = new FakeFaults(0, Map.of(), 0);

  private final double rate;
  private final List<FakeReply> replies;
  private final List<Integer> cumulativeWeights;
  private final int totalWeight;
  private final Random random;

  private FakeFaults(double rate, Map<FakeReply, Integer> mix, long seed) {
    if (rate < 0 || rate > 1) {
      throw new IllegalArgumentException("fault rate must be within 0..1: " + rate);
    }
    if (rate > 0 && mix.isEmpty()) {
      throw new IllegalArgumentException("a fault rate needs a mix of replies");
    }
    this.rate = rate;
    this.replies = new ArrayList<>();
    this.cumulativeWeights = new ArrayList<>();
    int sum = 0;
    for (Map.Entry<FakeReply, Integer> entry : mix.entrySet()) {
      if (entry.getValue() <= 0) {
        throw new IllegalArgumentException("weights must be positive: " + entry);
      }
      sum += entry.getValue();
      replies.add(entry.getKey());
      cumulativeWeights.add(sum);
    }
    this.totalWeight = sum;
    this.random = new Random(seed);
  }

  /** {@code rate} of calls fail with 429, 500, 503 or a hang, equally often. */
  public static FakeFaults of(double rate, long seed) {
    Map<FakeReply, Integer> mix = new LinkedHashMap<>();
    mix.put(FakeReply.error(429), 1);
    mix.put(FakeReply.error(500), 1);
    mix.put(FakeReply.error(503), 1);
    mix.put(FakeReply.hang(), 1);
    return new FakeFaults(rate, mix, seed);
  }

  /** {@code rate} of calls fail with a reply of {@code mix}, drawn in proportion to its weight. */
  public static FakeFaults of(double rate, Map<FakeReply, Integer> mix, long seed) {
    return new FakeFaults(rate, new LinkedHashMap<>(mix), seed);
  }

  public double rate() {
    return rate;
  }

  /** A fault for this call, or null when it goes through. */
  FakeReply draw() {
    if (rate == 0 || random.nextDouble() >= rate) {
      return null;
    }
    int pick = random.nextInt(totalWeight);
    for (int i = 0; i < replies.size(); i++) {
      if (pick < cumulativeWeights.get(i)) {
        return replies.get(i);
      }
    }
    throw new IllegalStateException("weights do not add up");
  }
}
