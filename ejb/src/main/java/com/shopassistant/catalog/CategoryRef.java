package com.shopassistant.catalog;

/**
 * The category a product is in, as lists and details show it.
 *
 * @param slug the category's slug, for {@code ?category=}
 * @param name its name
 */
public record CategoryRef(String slug, String name) {}
