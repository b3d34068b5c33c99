package com.shopassistant.importer;

import com.shopassistant.catalog.Category;
import com.shopassistant.catalog.Product;
import com.shopassistant.catalog.ProductVariant;
import com.shopassistant.customer.Customer;
import com.shopassistant.customer.PaymentMethod;
import com.shopassistant.order.CustomerOrder;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The entities an import would create from a snapshot, built with the importer's own pure steps but
 * without a database: what a first import writes, for tests of the merge and order rules.
 */
final class InMemoryImport implements ReferenceLookup {

  final Map<String, Category> categories = new HashMap<>();
  final Map<String, Product> products = new HashMap<>();
  final Map<String, ProductVariant> variants = new HashMap<>();
  final Map<String, Customer> customers = new HashMap<>();
  final Map<String, PaymentMethod> paymentMethods = new HashMap<>();
  final Map<String, CustomerOrder> orders = new HashMap<>();

  static InMemoryImport of(StoreSnapshot s) {
    return new InMemoryImport().add(s);
  }

  /**
   * A later file on top of what is here: new rows only, as a first import of each writes them, and
   * references resolved against this store as the service resolves them against the database.
   */
  InMemoryImport add(StoreSnapshot s) {
    InMemoryImport store = this;
    s.categories().forEach(c -> store.categories.putIfAbsent(c.slug(), CatalogMerge.create(c)));
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

  @Override
  public boolean customerExists(String handle) {
    return customers.containsKey(handle);
  }

  @Override
  public Optional<String> productOfVariant(String itemCode) {
    return Optional.ofNullable(variants.get(itemCode)).map(v -> v.getProduct().getCode());
  }

  @Override
  public Optional<String> ownerOfPaymentMethod(String code) {
    return Optional.ofNullable(paymentMethods.get(code)).map(m -> m.getCustomer().getHandle());
  }

  @Override
  public Optional<String> ownerOfEmail(String email) {
    return customers.values().stream()
        .filter(c -> email.equals(c.getEmail()))
        .map(Customer::getHandle)
        .findFirst();
  }
}
