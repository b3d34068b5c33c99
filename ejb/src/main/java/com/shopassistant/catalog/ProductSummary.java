package com.shopassistant.catalog;

import java.math.BigDecimal;

/**
 * A product in a list.
 *
 * @param id the product's id
 * @param code its code (tau2 {@code product_id})
 * @param name its name
 * @param shortDescription the description cut to about {@value #SHORT_DESCRIPTION_LENGTH}
 *     characters at a word, with "…" when cut; null without a description
 * @param category its category, or null
 * @param minPrice the lowest price of its variants, or null without variants
 * @param maxPrice the highest price of its variants, or null without variants
 * @param currency ISO 4217 code of the prices
 * @param inStock whether some variant can be bought now
 * @param variantCount how many variants it has, in stock or not
 */
public record ProductSummary(
    long id,
    String code,
    String name,
    String shortDescription,
    CategoryRef category,
    BigDecimal minPrice,
    BigDecimal maxPrice,
    String currency,
    boolean inStock,
    int variantCount) {

  /** The store's catalog prices carry no currency of their own; the store sells in US dollars. */
  public static final String CURRENCY = "USD";

  /** The longest short description, before its "…". */
  public static final int SHORT_DESCRIPTION_LENGTH = 160;

  /**
   * {@code description} cut to at most {@link #SHORT_DESCRIPTION_LENGTH} characters, at the last
   * space when there is one in the second half, with "…" when anything was cut.
   */
  static String shorten(String description) {
    if (description == null) {
      return null;
    }
    String text = description.strip();
    if (text.length() <= SHORT_DESCRIPTION_LENGTH) {
      return text;
    }
    String cut = text.substring(0, SHORT_DESCRIPTION_LENGTH);
    int space = cut.lastIndexOf(' ');
    if (space >= SHORT_DESCRIPTION_LENGTH / 2) {
      cut = cut.substring(0, space);
    }
    return cut.stripTrailing() + "…";
  }
}
