package com.shopassistant.catalog;

/**
 * A category with the number of products on sale in it.
 *
 * @param slug the slug, for {@code ?category=}
 * @param name the name
 * @param productCount products in it that are on sale (withdrawn ones are not counted)
 */
public record CategorySummary(String slug, String name, long productCount) {}
