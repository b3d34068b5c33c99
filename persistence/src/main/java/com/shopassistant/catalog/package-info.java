/** The catalog: categories, products and the variants (item codes, options, price, stock) sold. */
package com.shopassistant.catalog;
