/**
 * The public catalog, read only: word search over products with filters, sorting and pages, one
 * product with its variants, and the categories. The search runs one portable SQL statement per
 * page (PostgreSQL answers it from trigram indexes, the embedded H2 by scanning); see {@link
 * com.shopassistant.catalog.ProductSearchSql}.
 */
package com.shopassistant.catalog;
