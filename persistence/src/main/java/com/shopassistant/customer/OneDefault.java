package com.shopassistant.customer;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Predicate;

/**
 * The rule a customer's addresses and payment methods share: of the entries they own, exactly one
 * is the default while any exist. The marking method stays package-private on the entities, so only
 * the owning {@link Customer} can move the default.
 */
final class OneDefault {

  private OneDefault() {}

  /** Marks {@code chosen} as the default and unmarks the others. */
  static <T> void choose(List<T> owned, T chosen, BiConsumer<T, Boolean> mark) {
    owned.forEach(entry -> mark.accept(entry, entry == chosen));
  }

  /** Removes {@code removed}; if it was the default, the oldest remaining entry takes over. */
  static <T> void remove(
      List<T> owned, T removed, Predicate<T> isDefault, BiConsumer<T, Boolean> mark) {
    owned.remove(removed);
    if (isDefault.test(removed) && !owned.isEmpty()) {
      mark.accept(owned.get(0), true);
    }
  }
}
