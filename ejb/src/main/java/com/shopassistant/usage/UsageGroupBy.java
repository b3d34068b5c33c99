package com.shopassistant.usage;

import java.util.Locale;
import java.util.Optional;

/** How an admin usage report groups the ledger. */
public enum UsageGroupBy {
  /** The store's calendar days, every day of the range, none left out. */
  DAY,
  /** Customers, the most costly first. */
  USER,
  MODEL,
  /** The tier each call was made on (copied into the ledger then). */
  TIER;

  /** {@code day}, {@code user}, {@code model} or {@code tier}, in any case. */
  public static Optional<UsageGroupBy> parse(String text) {
    for (UsageGroupBy value : values()) {
      if (value.label().equalsIgnoreCase(text == null ? "" : text.strip())) {
        return Optional.of(value);
      }
    }
    return Optional.empty();
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
