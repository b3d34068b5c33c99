/**
 * The public catalog API: {@code /api/v1/products} (search and one product) and {@code
 * /api/v1/categories}. Open to anonymous callers (web.xml), rate limited like every API path.
 */
package com.shopassistant.catalog;
