package com.shopassistant.importer;

import static com.shopassistant.importer.PathedJson.fieldPath;
import static com.shopassistant.importer.PathedJson.keyPath;

import com.shopassistant.order.OrderChangeKind;
import com.shopassistant.order.OrderStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The rules a snapshot must meet as a whole, whoever built it: business keys unique, every category
 * a product names declared, and every reference an order makes — customer, variant, payment method
 * of that same customer, replacement of the same product — resolvable in the snapshot or, through a
 * {@link ReferenceLookup}, in the database. All problems are collected so one run names them all.
 *
 * <p>{@link #checkWithinFile} is the part that needs nothing but the file (duplicate keys, declared
 * categories, statuses that agree with their requests): the reader runs it, because references may
 * point at rows already in the store, which only the import service can see.
 */
public final class SnapshotValidator {

  /** Problems listed in the exception message; the rest are counted. */
  static final int MAX_LISTED = 10;

  private final StoreSnapshot snapshot;
  private final ReferenceLookup outside;
  private final boolean references;
  private final List<String> problems = new ArrayList<>();
  private final Map<String, String> productOfVariant = new HashMap<>();
  private final Map<String, String> ownerOfPaymentMethod = new HashMap<>();
  private final Set<String> handles = new HashSet<>();

  private SnapshotValidator(StoreSnapshot snapshot, ReferenceLookup outside, boolean references) {
    this.snapshot = snapshot;
    this.outside = outside;
    this.references = references;
  }

  /** Checks a snapshot that must be self-contained. */
  public static void validate(StoreSnapshot snapshot) throws InvalidStoreFileException {
    validate(snapshot, ReferenceLookup.NONE);
  }

  /** Checks a snapshot whose references may also point at what {@code outside} knows. */
  public static void validate(StoreSnapshot snapshot, ReferenceLookup outside)
      throws InvalidStoreFileException {
    report(new SnapshotValidator(snapshot, outside, true).problems());
  }

  /** Checks what the file alone decides, leaving every reference an order makes unchecked. */
  public static void checkWithinFile(StoreSnapshot snapshot) throws InvalidStoreFileException {
    report(new SnapshotValidator(snapshot, ReferenceLookup.NONE, false).problems());
  }

  private static void report(List<String> problems) throws InvalidStoreFileException {
    if (!problems.isEmpty()) {
      throw new InvalidStoreFileException(summary(problems));
    }
  }

  static String summary(List<String> problems) {
    if (problems.size() == 1) {
      return problems.get(0);
    }
    StringBuilder message = new StringBuilder(problems.size() + " problems: ");
    message.append(String.join("; ", problems.subList(0, Math.min(MAX_LISTED, problems.size()))));
    if (problems.size() > MAX_LISTED) {
      message.append("; and ").append(problems.size() - MAX_LISTED).append(" more");
    }
    return message.toString();
  }

  private List<String> problems() {
    checkCategories();
    checkCatalog();
    checkCustomers();
    checkVouchers();
    checkOrders();
    return problems;
  }

  private void problem(String path, String text) {
    problems.add(path + ": " + text);
  }

  private void checkCategories() {
    Set<String> slugs = new HashSet<>();
    for (int i = 0; i < snapshot.categories().size(); i++) {
      if (!slugs.add(snapshot.categories().get(i).slug())) {
        problem("categories[" + i + "].slug", "category is declared twice");
      }
    }
    for (ProductRecord p : snapshot.products()) {
      if (!slugs.contains(p.categorySlug())) {
        problem(
            keyPath("products", p.code()) + ".category",
            "unknown category \"" + p.categorySlug() + "\"");
      }
    }
  }

  private void checkCatalog() {
    Set<String> products = new HashSet<>();
    for (ProductRecord p : snapshot.products()) {
      String path = keyPath("products", p.code());
      if (!products.add(p.code())) {
        problem(path, "product is listed twice");
      }
      for (VariantRecord v : p.variants()) {
        String previous = productOfVariant.putIfAbsent(v.code(), p.code());
        // A variant cannot move to another product: order lines and carts point at it.
        Optional<String> stored = outside.productOfVariant(v.code());
        if (previous != null) {
          problem(
              keyPath(path + ".variants", v.code()),
              "item id is also used by product \"" + previous + "\"");
        } else if (stored.isPresent() && !stored.get().equals(p.code())) {
          problem(
              keyPath(path + ".variants", v.code()),
              "item already belongs to product \"" + stored.get() + "\" in the store");
        }
      }
    }
  }

  private void checkCustomers() {
    Map<String, String> ownerOfEmail = new HashMap<>();
    snapshot.customers().forEach(c -> handles.add(c.handle()));
    Set<String> seen = new HashSet<>();
    for (CustomerRecord c : snapshot.customers()) {
      String path = keyPath("users", c.handle());
      if (!seen.add(c.handle())) {
        problem(path, "user is listed twice");
      }
      if (c.email() != null) {
        String other = ownerOfEmail.putIfAbsent(c.email(), c.handle());
        Optional<String> inDatabase = outside.ownerOfEmail(c.email());
        if (other != null) {
          problem(path + ".email", "\"" + c.email() + "\" is also the email of \"" + other + "\"");
        } else if (inDatabase.isPresent()
            && !inDatabase.get().equals(c.handle())
            && !handles.contains(inDatabase.get())) {
          problem(
              path + ".email",
              "\"" + c.email() + "\" already belongs to customer \"" + inDatabase.get() + "\"");
        }
      }
      for (PaymentMethodRecord m : c.paymentMethods()) {
        checkPaymentMethodOwner(path, c.handle(), m.code());
      }
    }
  }

  private void checkPaymentMethodOwner(String path, String handle, String code) {
    String other = ownerOfPaymentMethod.putIfAbsent(code, handle);
    Optional<String> inDatabase = outside.ownerOfPaymentMethod(code);
    String where = keyPath(path + ".payment_methods", code);
    if (other != null) {
      problem(where, "payment method is also listed for \"" + other + "\"");
    } else if (inDatabase.isPresent() && !inDatabase.get().equals(handle)) {
      problem(where, "payment method already belongs to customer \"" + inDatabase.get() + "\"");
    }
  }

  private void checkVouchers() {
    Set<String> codes = new HashSet<>();
    for (int i = 0; i < snapshot.vouchers().size(); i++) {
      if (!codes.add(snapshot.vouchers().get(i).code())) {
        problem("vouchers[" + i + "].code", "voucher is declared twice");
      }
    }
  }

  private void checkOrders() {
    Set<String> numbers = new HashSet<>();
    for (OrderRecord o : snapshot.orders()) {
      String path = keyPath("orders", o.number());
      if (!numbers.add(o.number())) {
        problem(path, "order is listed twice");
      }
      if (!references) {
        checkStatus(path, o);
        continue;
      }
      if (!handles.contains(o.customerHandle()) && !outside.customerExists(o.customerHandle())) {
        problem(path + ".user_id", "unknown user \"" + o.customerHandle() + "\"");
        continue;
      }
      checkLines(path, o);
      checkStatus(path, o);
      for (int i = 0; i < o.payments().size(); i++) {
        String code = o.payments().get(i).paymentMethodCode();
        checkOwnPaymentMethod(path + ".payment_history[" + i + "].payment_method_id", o, code);
      }
      for (OrderChangeRecord change : o.changes()) {
        checkChange(path, o, change);
      }
    }
  }

  private void checkLines(String path, OrderRecord o) {
    for (int i = 0; i < o.lines().size(); i++) {
      OrderLineRecord line = o.lines().get(i);
      String where = path + ".items[" + i + "]";
      Optional<String> product = productOf(line.itemCode());
      if (product.isEmpty()) {
        problem(where + ".item_id", "unknown item \"" + line.itemCode() + "\"");
      } else if (!product.get().equals(line.productCode())) {
        problem(
            where + ".product_id",
            "item \"" + line.itemCode() + "\" belongs to product \"" + product.get() + "\"");
      }
    }
  }

  /**
   * A requested return or exchange is what puts an order in that status, so the two must agree;
   * tau2 cannot request both on one order, because either request ends its delivered state.
   */
  private void checkStatus(String path, OrderRecord o) {
    if (o.cancelReason() != null && o.status() != OrderStatus.CANCELLED) {
      problem(path + ".cancel_reason", "only a cancelled order has a cancel reason");
    }
    if (o.changes().size() > 1) {
      problem(path, "an order cannot have both a return and an exchange requested");
      return;
    }
    for (OrderChangeRecord change : o.changes()) {
      OrderStatus expected =
          change.kind() == OrderChangeKind.RETURN
              ? OrderStatus.RETURN_REQUESTED
              : OrderStatus.EXCHANGE_REQUESTED;
      if (o.status() != expected) {
        String kind = change.kind().name().toLowerCase(Locale.ROOT);
        String status = expected.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        problem(path + ".status", "an order with a requested " + kind + " must be " + status);
      }
    }
  }

  private void checkOwnPaymentMethod(String where, OrderRecord o, String code) {
    String owner = ownerOfPaymentMethod.get(code);
    if (owner == null) {
      owner = outside.ownerOfPaymentMethod(code).orElse(null);
    }
    if (owner == null) {
      problem(where, "unknown payment method \"" + code + "\"");
    } else if (!owner.equals(o.customerHandle())) {
      problem(where, "payment method \"" + code + "\" belongs to \"" + owner + "\", not the buyer");
    }
  }

  private void checkChange(String path, OrderRecord o, OrderChangeRecord change) {
    String prefix = change.kind().name().toLowerCase(Locale.ROOT);
    checkOwnPaymentMethod(
        fieldPath(path, prefix + "_payment_method_id"), o, change.paymentMethodCode());
    if (change.newItemCodes().isEmpty()) {
      return;
    }
    for (String newItem : change.newItemCodes()) {
      if (productOf(newItem).isEmpty()) {
        problem(path + ".exchange_new_items", "unknown item \"" + newItem + "\"");
        return;
      }
    }
    Map<String, String> productOfItem = new HashMap<>();
    o.lines().forEach(l -> productOfItem.put(l.itemCode(), l.productCode()));
    try {
      ExchangePairing.pair(
          change.itemCodes(), productOfItem, change.newItemCodes(), this::productOf);
    } catch (IllegalArgumentException e) {
      problem(path + ".exchange_new_items", e.getMessage());
    }
  }

  private Optional<String> productOf(String itemCode) {
    String product = productOfVariant.get(itemCode);
    return product != null ? Optional.of(product) : outside.productOfVariant(itemCode);
  }
}
