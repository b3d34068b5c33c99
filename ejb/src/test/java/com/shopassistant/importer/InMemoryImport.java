package com.shopassistant.importer;

import com.shopassistant.catalog.Category;
import com.shopassistant.catalog.Product;
import com.shopassistant.catalog.ProductVariant;
import com.shopassistant.customer.Customer;
import com.shopassistant.customer.PaymentMethod;
import com.shopassistant.order.CustomerOrder;
import java.util.HashMap;
import java.util.Map;

/**
 * The entities an import would create from a snapshot, built with the importer's own pure steps but
 * without a database: what a first import writes, for tests of the merge and order rules.
 */
final class InMemoryImport {

  final Map<String, Category> categories = new HashMap<>();
  final Map<String, Product> products = new HashMap<>();
  final Map<String, ProductVariant> variants = new HashMap<>();
  final Map<String, Customer> customers = new HashMap<>();
  final Map<String, PaymentMethod> paymentMethods = new HashMap<>();
  final Map<String, CustomerOrder> orders = new HashMap<>();

  static InMemoryImport of(StoreSnapshot s) {
    InMemoryImport store = new InMemoryImport();
    s.categories().forEach(c -> store.categories.put(c.slug(), CatalogMerge.create(c)));
    for (ProductRecord r : s.products()) {
      Product p = CatalogMerge.create(r, store.categories.get(r.categorySlug()));
      r.variants().forEach(v -> store.variants.put(v.code(), CatalogMerge.addVariant(p, v)));
      store.products.put(r.code(), p);
    }
    for (CustomerRecord r : s.customers()) {
      Customer c = CustomerMerge.create(r);
      r.addresses().forEach(a -> CustomerMerge.merge(c, a));
      r.paymentMethods().forEach(m -> store.paymentMethods.put(m.code(), CustomerMerge.add(c, m)));
      store.customers.put(r.handle(), c);
    }
    for (OrderRecord r : s.orders()) {
      store.orders.put(
          r.number(),
          OrderAssembler.build(
              r, store.customers.get(r.customerHandle()), store.variants, store.paymentMethods));
    }
    return store;
  }
}
