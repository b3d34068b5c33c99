package com.shopassistant.order;

import java.util.List;
import java.util.Optional;

/**
 * How a customer may write an order number: {@code #W2611340} as stored, or {@code W2611340}
 * without the {@code #}, which is how a URL path carries it: a bare {@code #} starts the fragment,
 * and Servlet 6 refuses an encoded {@code %23} in a path before the application sees it.
 */
public final class OrderNumbers {

  /** The {@code order_number} column's width: nothing longer can be an order number. */
  static final int MAX_LENGTH = 32;

  private OrderNumbers() {}

  /**
   * The stored numbers {@code written} may mean, the form as written first; empty when it cannot be
   * an order number at all.
   */
  public static List<String> candidates(String written) {
    String number = written == null ? "" : written.strip();
    if (number.isEmpty() || number.equals("#") || number.length() > MAX_LENGTH) {
      return List.of();
    }
    if (number.startsWith("#") || number.length() == MAX_LENGTH) {
      return List.of(number);
    }
    return List.of(number, "#" + number);
  }

  /** Of the orders found for the candidates, the one whose number comes first among them. */
  public static Optional<CustomerOrder> best(List<String> candidates, List<CustomerOrder> found) {
    return candidates.stream()
        .flatMap(n -> found.stream().filter(o -> o.getOrderNumber().equals(n)))
        .findFirst();
  }
}
