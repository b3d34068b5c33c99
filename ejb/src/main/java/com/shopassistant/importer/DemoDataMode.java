package com.shopassistant.importer;

import java.util.Locale;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/** The values of {@code shop.demo-data}: when the start-up loader puts the demo store in. */
public enum DemoDataMode {
  /** At every start, on any database; the import is idempotent, so this only tops it up. */
  ALWAYS,
  /** Only into an empty embedded database: a developer's first start shows a working store. */
  AUTO,
  /** Never. */
  NEVER;

  /** The mode named by a config value, ignoring case and surrounding blanks. */
  public static Optional<DemoDataMode> parse(String value) {
    if (value == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(valueOf(value.strip().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /**
   * Whether to load the demo store now.
   *
   * @param embedded whether this process uses the embedded database
   * @param hasProducts asked only when it matters, as it queries the database
   */
  public boolean shouldLoad(boolean embedded, BooleanSupplier hasProducts) {
    return switch (this) {
      case ALWAYS -> true;
      case AUTO -> embedded && !hasProducts.getAsBoolean();
      case NEVER -> false;
    };
  }
}
