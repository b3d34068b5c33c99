package com.shopassistant.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopassistant.customer.Address;
import com.shopassistant.customer.Customer;
import com.shopassistant.customer.CustomerTier;
import com.shopassistant.customer.PaymentMethod;
import com.shopassistant.customer.PaymentMethodKind;
import com.shopassistant.customer.PostalAddress;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What an import changes on stored customers, decided without a database. */
class CustomerMergeTest {

  private final PostalAddress home =
      new PostalAddress("1 Main Street", null, "Austin", "TX", "78701", "USA");
  private final PostalAddress office =
      new PostalAddress("500 Congress Avenue", "Floor 9", "Austin", "TX", "78701", "USA");
  private final PaymentMethodRecord gift =
      new PaymentMethodRecord(
          "gift_card_1", PaymentMethodKind.GIFT_CARD, null, null, new BigDecimal("10.00"));
  private final PaymentMethodRecord card =
      new PaymentMethodRecord("credit_card_1", PaymentMethodKind.CREDIT_CARD, "visa", "1234", null);
  private final CustomerRecord ann =
      new CustomerRecord(
          "ann_lee_1",
          "Ann",
          "Lee",
          "ann.lee@example.com",
          null,
          List.of(
              new AddressRecord("home", home, true), new AddressRecord("office", office, false)),
          List.of(gift, card));

  @Test
  void newCustomerGetsTheDefaultTierAndADefaultHomeAddress() {
    Customer c = stored(ann);

    assertThat(c.getTier()).isEqualTo(CustomerTier.FREE);
    assertThat(c.getEmail()).isEqualTo("ann.lee@example.com");
    assertThat(c.defaultAddress()).map(Address::getLabel).contains("home");
    assertThat(c.getPaymentMethods())
        .extracting(PaymentMethod::getCode)
        .containsExactly("gift_card_1", "credit_card_1");
    assertThat(c.paymentMethod("gift_card_1").orElseThrow().getBalance())
        .isEqualByComparingTo("10");
  }

  @Test
  void sameRecordChangesNothing() {
    Customer c = stored(ann);

    assertThat(CustomerMerge.update(c, ann)).isEqualTo(RowOutcome.UNCHANGED);
    assertThat(ann.addresses())
        .allSatisfy(a -> assertThat(CustomerMerge.merge(c, a)).isEqualTo(RowOutcome.UNCHANGED));
    assertThat(CustomerMerge.differences(c.paymentMethod("credit_card_1").orElseThrow(), card))
        .isEmpty();
  }

  @Test
  void absentTierKeepsAnUpgradeButAStatedOneWins() {
    Customer c = stored(ann);
    c.changeTier(CustomerTier.PREMIUM);

    assertThat(CustomerMerge.update(c, ann)).isEqualTo(RowOutcome.UNCHANGED);
    assertThat(c.getTier()).isEqualTo(CustomerTier.PREMIUM);

    CustomerRecord enterprise =
        new CustomerRecord(
            ann.handle(),
            "Ann",
            "Lee",
            ann.email(),
            CustomerTier.ENTERPRISE,
            ann.addresses(),
            ann.paymentMethods());
    assertThat(CustomerMerge.update(c, enterprise)).isEqualTo(RowOutcome.UPDATED);
    assertThat(c.getTier()).isEqualTo(CustomerTier.ENTERPRISE);
  }

  @Test
  void nameAndEmailFollowTheFile() {
    Customer c = stored(ann);
    CustomerRecord married =
        new CustomerRecord(
            ann.handle(),
            "Ann",
            "Park",
            "ann.park@example.com",
            null,
            ann.addresses(),
            ann.paymentMethods());

    assertThat(CustomerMerge.update(c, married)).isEqualTo(RowOutcome.UPDATED);
    assertThat(c.getLastName()).isEqualTo("Park");
    assertThat(c.getEmail()).isEqualTo("ann.park@example.com");
  }

  @Test
  void addressIsMatchedByLabelAndKeepsTheStoresDefault() {
    Customer c = stored(ann);
    c.makeDefault(c.getAddresses().get(1));
    PostalAddress moved = new PostalAddress("2 New Road", null, "Austin", "TX", "78702", "USA");

    assertThat(CustomerMerge.merge(c, new AddressRecord("home", moved, true)))
        .isEqualTo(RowOutcome.UPDATED);
    assertThat(c.getAddresses().get(0).getPostalAddress()).isEqualTo(moved);
    assertThat(c.defaultAddress()).map(Address::getLabel).contains("office");
    assertThat(CustomerMerge.merge(c, new AddressRecord("cabin", moved, false)))
        .isEqualTo(RowOutcome.CREATED);
    assertThat(c.getAddresses()).hasSize(3);
  }

  @Test
  void spentGiftCardIsNotADifferenceButARebrandedCardIs() {
    Customer c = stored(ann);
    c.paymentMethod("gift_card_1").orElseThrow().debit(new BigDecimal("4.00"));

    assertThat(CustomerMerge.differences(c.paymentMethod("gift_card_1").orElseThrow(), gift))
        .isEmpty();
    PaymentMethodRecord mastercard =
        new PaymentMethodRecord(
            "credit_card_1", PaymentMethodKind.CREDIT_CARD, "mastercard", "9999", null);
    assertThat(
            CustomerMerge.differences(c.paymentMethod("credit_card_1").orElseThrow(), mastercard))
        .containsExactly("brand", "last_four");
  }

  private static Customer stored(CustomerRecord r) {
    Customer c = CustomerMerge.create(r);
    r.addresses().forEach(a -> CustomerMerge.merge(c, a));
    r.paymentMethods().forEach(m -> CustomerMerge.add(c, m));
    return c;
  }
}
