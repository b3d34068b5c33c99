package com.shopassistant.assistant.offline;

/**
 * Reads requests about the cart: add, remove, change a quantity, empty it, show it. A price in the
 * message makes "buy ..." a search instead: the customer is still choosing.
 */
final class CartIntents {

  private CartIntents() {}

  static Intent parse(Message m) {
    boolean cart = m.has(IntentWords.CART);
    if (m.has(IntentWords.CLEAR) && (cart || m.has("all", "semua", "everything", "kosongkan"))) {
      return new Intent.ClearCart();
    }
    ReferenceParser.Parsed parsed = ReferenceParser.parse(m);
    if (m.has(IntentWords.REMOVE)) {
      return new Intent.RemoveFromCart(parsed.ref());
    }
    if (m.has(IntentWords.QUANTITY) || (m.has(IntentWords.CHANGE) && parsed.quantity() != null)) {
      return new Intent.ChangeQuantity(parsed.ref(), parsed.quantity());
    }
    if (m.has(IntentWords.ADD) && m.price.isEmpty()) {
      return new Intent.AddToCart(parsed.ref(), parsed.quantity());
    }
    return cart ? new Intent.ViewCart() : null;
  }
}
