package com.shopassistant.importer;

import static com.shopassistant.importer.PathedJson.keyPath;

import com.shopassistant.customer.Customer;
import com.shopassistant.customer.PaymentMethod;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Upserts customers with their address books and payment methods, batch by batch. */
final class CustomerImport {

  private final JpaBatches jpa;
  private final ImportTally tally;

  CustomerImport(JpaBatches jpa, ImportTally tally) {
    this.jpa = jpa;
    this.tally = tally;
  }

  void run(List<CustomerRecord> customers) throws InvalidStoreFileException {
    for (List<CustomerRecord> batch : JpaBatches.split(customers, JpaBatches.BATCH_SIZE)) {
      Map<String, Customer> stored =
          jpa.find(
              Customer.class,
              "select e from Customer e where e.handle in :keys",
              batch.stream().map(CustomerRecord::handle).toList(),
              Customer::getHandle,
              "e.addresses",
              "e.paymentMethods");
      for (CustomerRecord r : batch) {
        Optional<Customer> created;
        // Only the entity's rules are the file's fault; a failing persist is the server's.
        try {
          created = mergeCustomer(r, Optional.ofNullable(stored.get(r.handle())));
        } catch (IllegalArgumentException | IllegalStateException e) {
          throw new InvalidStoreFileException(keyPath("users", r.handle()), e.getMessage());
        }
        created.ifPresent(jpa.em()::persist);
      }
      jpa.endBatch();
    }
  }

  /** Applies the file to the stored customer; a new one is returned, still to be persisted. */
  private Optional<Customer> mergeCustomer(CustomerRecord r, Optional<Customer> stored) {
    Customer c;
    if (stored.isPresent()) {
      c = stored.get();
      tally.count(ImportedKind.CUSTOMERS, CustomerMerge.update(c, r));
    } else {
      c = CustomerMerge.create(r);
      tally.count(ImportedKind.CUSTOMERS, RowOutcome.CREATED);
    }
    for (AddressRecord a : r.addresses()) {
      tally.count(ImportedKind.ADDRESSES, CustomerMerge.merge(c, a));
    }
    for (PaymentMethodRecord m : r.paymentMethods()) {
      importPaymentMethod(c, m);
    }
    return stored.isEmpty() ? Optional.of(c) : Optional.empty();
  }

  private void importPaymentMethod(Customer c, PaymentMethodRecord r) {
    Optional<PaymentMethod> stored = c.paymentMethod(r.code());
    if (stored.isEmpty()) {
      CustomerMerge.add(c, r);
      tally.count(ImportedKind.PAYMENT_METHODS, RowOutcome.CREATED);
      return;
    }
    List<String> differences = CustomerMerge.differences(stored.get(), r);
    if (!differences.isEmpty()) {
      tally.kept(
          ImportedKind.PAYMENT_METHODS,
          r.code(),
          "in " + String.join("/", differences) + " (not updatable)");
    }
    tally.count(ImportedKind.PAYMENT_METHODS, RowOutcome.UNCHANGED);
  }
}
