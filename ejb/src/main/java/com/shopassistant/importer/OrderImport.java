package com.shopassistant.importer;

import static com.shopassistant.importer.PathedJson.keyPath;

import com.shopassistant.catalog.ProductVariant;
import com.shopassistant.customer.Customer;
import com.shopassistant.customer.PaymentMethod;
import com.shopassistant.order.CustomerOrder;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Creates the orders whose numbers are new, batch by batch. An order already stored is never
 * rewritten (order care owns it after import); it counts as unchanged, and as kept in the report's
 * notes when the file describes it differently.
 */
final class OrderImport {

  private final JpaBatches jpa;
  private final ImportTally tally;

  OrderImport(JpaBatches jpa, ImportTally tally) {
    this.jpa = jpa;
    this.tally = tally;
  }

  void run(List<OrderRecord> orders) throws InvalidStoreFileException {
    for (List<OrderRecord> batch : JpaBatches.split(orders, JpaBatches.BATCH_SIZE)) {
      importBatch(batch);
      jpa.endBatch();
    }
  }

  private void importBatch(List<OrderRecord> batch) throws InvalidStoreFileException {
    Map<String, CustomerOrder> stored =
        jpa.find(
            CustomerOrder.class,
            "select e from CustomerOrder e where e.orderNumber in :keys",
            batch.stream().map(OrderRecord::number).toList(),
            CustomerOrder::getOrderNumber,
            "e.customer",
            "e.lines",
            "e.lines.options",
            "e.fulfilments",
            "e.fulfilments.itemCodes",
            "e.payments",
            "e.changes",
            "e.changes.items");
    List<OrderRecord> fresh = batch.stream().filter(r -> !stored.containsKey(r.number())).toList();
    for (OrderRecord r : batch) {
      CustomerOrder o = stored.get(r.number());
      if (o != null) {
        List<String> differences = OrderComparison.differences(o, r);
        if (!differences.isEmpty()) {
          tally.kept(ImportedKind.ORDERS, r.number(), "(order history is not rewritten)");
        }
        tally.count(ImportedKind.ORDERS, RowOutcome.UNCHANGED);
      }
    }
    if (!fresh.isEmpty()) {
      createAll(fresh);
    }
  }

  private void createAll(List<OrderRecord> fresh) throws InvalidStoreFileException {
    Map<String, Customer> customers =
        jpa.find(
            Customer.class,
            "select e from Customer e where e.handle in :keys",
            fresh.stream().map(OrderRecord::customerHandle).toList(),
            Customer::getHandle);
    Map<String, ProductVariant> variants =
        jpa.find(
            ProductVariant.class,
            "select e from ProductVariant e where e.code in :keys",
            fresh.stream().flatMap(r -> itemCodes(r).stream()).toList(),
            ProductVariant::getCode,
            "e.product");
    Map<String, PaymentMethod> methods =
        jpa.find(
            PaymentMethod.class,
            "select e from PaymentMethod e where e.code in :keys",
            fresh.stream().flatMap(r -> paymentMethodCodes(r).stream()).toList(),
            PaymentMethod::getCode);
    for (OrderRecord r : fresh) {
      CustomerOrder order;
      // Only the entity's rules are the file's fault; a failing persist or flush is the server's
      // (jpa.flush() reports it as a PersistenceException, which is not caught here).
      try {
        order = OrderAssembler.start(r, customers.get(r.customerHandle()), variants);
      } catch (IllegalArgumentException | IllegalStateException e) {
        throw new InvalidStoreFileException(keyPath("orders", r.number()), e.getMessage());
      }
      jpa.em().persist(order);
      // Written now, so order ids follow the file's order: a customer's orders are listed by id,
      // and an export must give back the file's own lists (a flush inserts in no fixed order).
      jpa.flush();
      try {
        OrderAssembler.settle(order, r, variants, methods, jpa::flush);
      } catch (IllegalArgumentException | IllegalStateException e) {
        throw new InvalidStoreFileException(keyPath("orders", r.number()), e.getMessage());
      }
      tally.count(ImportedKind.ORDERS, RowOutcome.CREATED);
    }
  }

  private static List<String> itemCodes(OrderRecord r) {
    return Stream.concat(
            r.lines().stream().map(OrderLineRecord::itemCode),
            r.changes().stream().flatMap(c -> c.newItemCodes().stream()))
        .toList();
  }

  private static List<String> paymentMethodCodes(OrderRecord r) {
    return Stream.concat(
            r.payments().stream().map(PaymentRecord::paymentMethodCode),
            r.changes().stream().map(OrderChangeRecord::paymentMethodCode))
        .toList();
  }
}
