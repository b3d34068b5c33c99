package com.shopassistant.assistant.offline;

import java.math.BigDecimal;

/** What a customer's message asks for, as far as the offline assistant understands it. */
sealed interface Intent {

  /** A product search; any part may be missing. */
  record Search(
      String query,
      String category,
      BigDecimal min,
      BigDecimal max,
      String sort,
      boolean inStockOnly)
      implements Intent {

    boolean isEmpty() {
      return query.isEmpty() && category == null && min == null && max == null && sort == null;
    }
  }

  record ListCategories() implements Intent {}

  record Details(ProductRef ref) implements Intent {}

  record Stock(ProductRef ref) implements Intent {}

  /**
   * @param quantity how many, or null when not said (one)
   */
  record AddToCart(ProductRef ref, Integer quantity) implements Intent {}

  record ViewCart() implements Intent {}

  record RemoveFromCart(ProductRef ref) implements Intent {}

  /**
   * @param quantity the new quantity, or null when not said
   */
  record ChangeQuantity(ProductRef ref, Integer quantity) implements Intent {}

  record ClearCart() implements Intent {}

  /**
   * @param code the voucher code, or null when not said
   */
  record ApplyVoucher(String code) implements Intent {}

  record RemoveVoucher() implements Intent {}

  record ListAddresses() implements Intent {}

  record ListPaymentMethods() implements Intent {}

  /**
   * @param address the word naming an address label ("office"), or null
   * @param payment the word naming a payment method's kind or label ("credit_card"), or null
   * @param voucher a voucher code said with it, or null
   */
  record Checkout(String address, String payment, String voucher) implements Intent {}

  record Confirm() implements Intent {}

  record Decline() implements Intent {}

  record ListOrders() implements Intent {}

  record OrderStatus(String orderNumber) implements Intent {}

  /**
   * @param reason one of the policy's two reasons, or null when unclear
   */
  record CancelOrder(String orderNumber, String reason) implements Intent {}

  /**
   * @param refundTo a payment kind or code to refund to, or null for the original method
   */
  record ReturnItems(String orderNumber, ProductRef items, String refundTo) implements Intent {}

  /**
   * @param item the item to exchange
   * @param wanted the options wanted instead
   * @param payWith a payment kind or code for the difference, or null for the original method
   */
  record ExchangeItems(String orderNumber, ProductRef item, ProductRef wanted, String payWith)
      implements Intent {}

  /**
   * @param address the new address as written, or null when not given
   */
  record ChangeOrderAddress(String orderNumber, String address) implements Intent {}

  record ChangeOrderPayment(String orderNumber, String payWith) implements Intent {}

  record Human() implements Intent {}

  record Greeting() implements Intent {}

  record Thanks() implements Intent {}

  record Help() implements Intent {}

  /** Something the store can do but the offline assistant cannot (adding an address...). */
  record Unsupported() implements Intent {}

  /** Nothing understood. */
  record Unknown() implements Intent {}

  /**
   * No verb: a bare answer to a question ("the blue one", "#W1234567", "by mistake"). Merged with
   * the previous request when the assistant just asked something.
   */
  record Fragment(ProductRef ref, Integer quantity, String reason, boolean question)
      implements Intent {}
}
