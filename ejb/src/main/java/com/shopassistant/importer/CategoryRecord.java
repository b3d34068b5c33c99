package com.shopassistant.importer;

/**
 * A category as the file states it (top-level {@code categories}) or as {@link CategoryKeywords}
 * supplies it for products that name none.
 *
 * @param slug the business key, lower-case words joined by '-'
 * @param name the display name
 * @param description may be null
 */
public record CategoryRecord(String slug, String name, String description) {}
