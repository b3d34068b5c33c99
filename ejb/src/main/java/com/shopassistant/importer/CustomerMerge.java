package com.shopassistant.importer;

import com.shopassistant.customer.Address;
import com.shopassistant.customer.Customer;
import com.shopassistant.customer.CustomerRole;
import com.shopassistant.customer.PaymentMethod;
import com.shopassistant.customer.PaymentMethodKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides and applies what changes when a customer record meets its stored entity; pure like {@link
 * CatalogMerge}. What the store owns once a row exists — the default address, the gift-card balance
 * — is set on creation only; an optional field the file leaves out changes nothing.
 */
final class CustomerMerge {

  private CustomerMerge() {}

  /** A new customer without address book or payment methods. */
  static Customer create(CustomerRecord r) {
    return new Customer(
        r.handle(),
        r.email(),
        r.firstName(),
        r.lastName(),
        r.statedTier().orElse(CustomerRecord.DEFAULT_TIER),
        CustomerRole.CUSTOMER);
  }

  static RowOutcome update(Customer c, CustomerRecord r) {
    boolean changed = false;
    if (!Objects.equals(c.getFirstName(), r.firstName())
        || !Objects.equals(c.getLastName(), r.lastName())) {
      c.rename(r.firstName(), r.lastName());
      changed = true;
    }
    if (r.email() != null && !r.email().equals(c.getEmail())) {
      c.changeEmail(r.email());
      changed = true;
    }
    if (r.tier() != null && r.tier() != c.getTier()) {
      c.changeTier(r.tier());
      changed = true;
    }
    return changed ? RowOutcome.UPDATED : RowOutcome.UNCHANGED;
  }

  /** Adds the entry with this label, or corrects its postal address; the label is the key. */
  static RowOutcome merge(Customer c, AddressRecord r) {
    Optional<Address> stored =
        c.getAddresses().stream().filter(a -> a.getLabel().equals(r.label())).findFirst();
    if (stored.isEmpty()) {
      c.addAddress(r.label(), r.postal(), r.isDefault());
      return RowOutcome.CREATED;
    }
    if (stored.get().getPostalAddress().equals(r.postal())) {
      return RowOutcome.UNCHANGED;
    }
    stored.get().changeTo(r.postal());
    return RowOutcome.UPDATED;
  }

  static PaymentMethod add(Customer c, PaymentMethodRecord r) {
    return switch (r.kind()) {
      case CREDIT_CARD -> c.addCreditCard(r.code(), r.brand(), r.lastFour());
      case PAYPAL -> c.addPaypal(r.code());
      case GIFT_CARD -> c.addGiftCard(r.code(), r.balance());
    };
  }

  /**
   * The fields in which a stored payment method differs from the record. They cannot be applied
   * (the entity offers no way to re-brand a card), so the caller reports them; the balance is not
   * compared, as spending moves it.
   */
  static List<String> differences(PaymentMethod m, PaymentMethodRecord r) {
    List<String> fields = new ArrayList<>();
    if (m.getKind() != r.kind()) {
      fields.add("source");
    }
    if (r.kind() == PaymentMethodKind.CREDIT_CARD) {
      if (!Objects.equals(m.getBrand(), r.brand())) {
        fields.add("brand");
      }
      if (!Objects.equals(m.getLastFour(), r.lastFour())) {
        fields.add("last_four");
      }
    }
    return fields;
  }
}
