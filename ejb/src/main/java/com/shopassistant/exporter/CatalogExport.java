package com.shopassistant.exporter;

import com.shopassistant.catalog.Product;
import com.shopassistant.catalog.ProductVariant;
import jakarta.json.stream.JsonGenerator;
import jakarta.persistence.EntityManager;

/**
 * {@code products}: every product by code with its variants. τ²-bench knows no stock, only {@code
 * available}, which is the store's own rule: the product is sold and the variant has stock.
 */
final class CatalogExport {

  private CatalogExport() {}

  static void write(EntityManager em, JsonGenerator json) {
    json.writeStartObject("products");
    PagedRead.each(
        em,
        Product.class,
        "select p from Product p order by p.code",
        product -> product(json, product),
        "p.variants",
        "p.variants.options");
    json.writeEnd();
  }

  private static void product(JsonGenerator json, Product product) {
    json.writeStartObject(product.getCode())
        .write("name", product.getName())
        .write("product_id", product.getCode())
        .writeStartObject("variants");
    for (ProductVariant variant : product.getVariants()) {
      json.writeStartObject(variant.getCode()).write("item_id", variant.getCode());
      ExportJson.options(json, variant.getOptions());
      json.write("available", variant.isAvailable())
          .write("price", ExportJson.money(variant.getPrice()))
          .writeEnd();
    }
    json.writeEnd().writeEnd();
  }
}
