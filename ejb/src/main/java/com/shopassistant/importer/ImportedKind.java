package com.shopassistant.importer;

/** The kinds of row an import counts, in the order a report lists them. */
public enum ImportedKind {
  CATEGORIES,
  PRODUCTS,
  VARIANTS,
  CUSTOMERS,
  ADDRESSES,
  PAYMENT_METHODS,
  VOUCHERS,
  ORDERS;

  /** The name used in log lines and documents: {@code paymentMethods}. */
  public String label() {
    String[] words = name().toLowerCase(java.util.Locale.ROOT).split("_");
    StringBuilder label = new StringBuilder(words[0]);
    for (int i = 1; i < words.length; i++) {
      label.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
    }
    return label.toString();
  }
}
