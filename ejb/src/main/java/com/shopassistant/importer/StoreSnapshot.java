package com.shopassistant.importer;

import java.util.List;

/**
 * A whole store, or the part of one a file carries, as immutable records in file order. Read from a
 * file by {@link StoreSnapshotReader} or built by {@link DemoStoreGenerator}; checked by {@link
 * SnapshotValidator}; written by {@link StoreImportService}.
 *
 * @param categories every category the products use (the reader adds the standard ones they name)
 * @param products with their variants
 * @param customers with address book and payment methods
 * @param vouchers voucher definitions
 * @param orders orders, referring to customers, variants and payment methods by code
 */
public record StoreSnapshot(
    List<CategoryRecord> categories,
    List<ProductRecord> products,
    List<CustomerRecord> customers,
    List<VoucherRecord> vouchers,
    List<OrderRecord> orders) {

  public StoreSnapshot {
    categories = List.copyOf(categories);
    products = List.copyOf(products);
    customers = List.copyOf(customers);
    vouchers = List.copyOf(vouchers);
    orders = List.copyOf(orders);
  }

  /** The number of variants over all products. */
  public int variantCount() {
    return products.stream().mapToInt(p -> p.variants().size()).sum();
  }

  /** The number of order lines over all orders. */
  public int orderLineCount() {
    return orders.stream().mapToInt(o -> o.lines().size()).sum();
  }
}
