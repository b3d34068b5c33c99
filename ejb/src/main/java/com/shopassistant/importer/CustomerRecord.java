package com.shopassistant.importer;

import com.shopassistant.customer.CustomerTier;
import java.util.List;
import java.util.Optional;

/**
 * A customer with address book and payment methods.
 *
 * @param handle the business key (tau2 {@code user_id})
 * @param firstName the given name
 * @param lastName the family name
 * @param email may be null; unique across customers when present
 * @param tier null when the file does not say: new customers then get {@link CustomerTier#FREE} and
 *     existing ones keep theirs
 * @param addresses the address book; at most one entry is the default
 * @param paymentMethods in file order
 */
public record CustomerRecord(
    String handle,
    String firstName,
    String lastName,
    String email,
    CustomerTier tier,
    List<AddressRecord> addresses,
    List<PaymentMethodRecord> paymentMethods) {

  /** The tier new customers get when the file names none. */
  public static final CustomerTier DEFAULT_TIER = CustomerTier.FREE;

  public CustomerRecord {
    addresses = List.copyOf(addresses);
    paymentMethods = List.copyOf(paymentMethods);
  }

  /** The tier as stated, if it was. */
  public Optional<CustomerTier> statedTier() {
    return Optional.ofNullable(tier);
  }
}
