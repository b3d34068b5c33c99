package com.shopassistant.importer;

import com.shopassistant.checkout.DiscountType;
import com.shopassistant.customer.Address;
import com.shopassistant.customer.CustomerTier;
import com.shopassistant.customer.PaymentMethodKind;
import com.shopassistant.customer.PostalAddress;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The demo store's customers and vouchers. Payment method codes follow tau2's {@code <source>_<id>}
 * shape but carry the handle instead of digits, so they can never collide with a tau2 file imported
 * into the same store.
 */
final class DemoAccounts {

  /** Vouchers start here, a fixed instant so the demo is the same on every run. */
  static final OffsetDateTime VALID_FROM =
      OffsetDateTime.of(2025, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

  private DemoAccounts() {}

  static List<CustomerRecord> customers() {
    return List.of(alice(), bob(), carol(), dave(), erin());
  }

  static List<VoucherRecord> vouchers() {
    return List.of(hemat10(), welcome5(), expired20(), bigSpender());
  }

  private static CustomerRecord alice() {
    return customer(
        "demo_alice",
        "Alice",
        "Nguyen",
        CustomerTier.PREMIUM,
        List.of(
            home(new PostalAddress("12 Maple Street", "Apt 4B", "Portland", "OR", "97205", "USA")),
            office(
                new PostalAddress("500 Pine Avenue", "Floor 9", "Portland", "OR", "97204", "USA"))),
        List.of(card("demo_alice", "visa", "4242"), giftCard("demo_alice", "150.00")));
  }

  private static CustomerRecord bob() {
    return customer(
        "demo_bob",
        "Bob",
        "Martin",
        CustomerTier.FREE,
        List.of(home(new PostalAddress("88 Oak Lane", null, "Austin", "TX", "78701", "USA"))),
        List.of(paypal("demo_bob"), card("demo_bob", "mastercard", "5454")));
  }

  private static CustomerRecord carol() {
    return customer(
        "demo_carol",
        "Carol",
        "Smith",
        CustomerTier.ENTERPRISE,
        List.of(
            home(new PostalAddress("7 Harbor View", null, "Seattle", "WA", "98101", "USA")),
            office(
                new PostalAddress(
                    "1 Commerce Plaza", "Suite 1200", "Seattle", "WA", "98104", "USA"))),
        List.of(card("demo_carol", "amex", "0005"), giftCard("demo_carol", "500.00")));
  }

  private static CustomerRecord dave() {
    return customer(
        "demo_dave",
        "Dave",
        "Okafor",
        CustomerTier.FREE,
        List.of(home(new PostalAddress("230 Elm Road", "Unit 3", "Denver", "CO", "80202", "USA"))),
        List.of(giftCard("demo_dave", "25.00"), paypal("demo_dave")));
  }

  private static CustomerRecord erin() {
    return customer(
        "demo_erin",
        "Erin",
        "Rossi",
        CustomerTier.PREMIUM,
        List.of(home(new PostalAddress("19 Birch Court", null, "Boston", "MA", "02108", "USA"))),
        List.of(card("demo_erin", "visa", "1881")));
  }

  private static VoucherRecord hemat10() {
    return new VoucherRecord(
        "HEMAT10",
        "10% off orders of 50 or more, at most 25 off",
        DiscountType.PERCENTAGE,
        money("10"),
        money("25"),
        money("50"),
        VALID_FROM,
        null,
        null,
        null);
  }

  private static VoucherRecord welcome5() {
    return new VoucherRecord(
        "WELCOME5",
        "5 off a first order of 20 or more, once per customer",
        DiscountType.FIXED_AMOUNT,
        money("5"),
        null,
        money("20"),
        VALID_FROM,
        null,
        null,
        1);
  }

  /** Ended on {@link #VALID_FROM}, so customers can be told why it no longer works. */
  private static VoucherRecord expired20() {
    return new VoucherRecord(
        "EXPIRED20",
        "20% off, a 2024 promotion that has ended",
        DiscountType.PERCENTAGE,
        money("20"),
        null,
        money("0"),
        VALID_FROM.minusYears(1),
        VALID_FROM,
        null,
        null);
  }

  private static VoucherRecord bigSpender() {
    return new VoucherRecord(
        "BIGSPENDER",
        "15% off orders of 500 or more, first 100 uses",
        DiscountType.PERCENTAGE,
        money("15"),
        null,
        money("500"),
        VALID_FROM,
        null,
        100,
        null);
  }

  private static CustomerRecord customer(
      String handle,
      String first,
      String last,
      CustomerTier tier,
      List<AddressRecord> addresses,
      List<PaymentMethodRecord> methods) {
    String email = handle.replace('_', '.') + "@example.com";
    return new CustomerRecord(handle, first, last, email, tier, addresses, methods);
  }

  private static AddressRecord home(PostalAddress address) {
    return new AddressRecord(Address.DEFAULT_LABEL, address, true);
  }

  private static AddressRecord office(PostalAddress address) {
    return new AddressRecord("office", address, false);
  }

  private static PaymentMethodRecord card(String handle, String brand, String lastFour) {
    return new PaymentMethodRecord(
        "credit_card_" + handle, PaymentMethodKind.CREDIT_CARD, brand, lastFour, null);
  }

  private static PaymentMethodRecord paypal(String handle) {
    return new PaymentMethodRecord("paypal_" + handle, PaymentMethodKind.PAYPAL, null, null, null);
  }

  private static PaymentMethodRecord giftCard(String handle, String balance) {
    return new PaymentMethodRecord(
        "gift_card_" + handle, PaymentMethodKind.GIFT_CARD, null, null, money(balance));
  }

  static BigDecimal money(String amount) {
    return new BigDecimal(amount).setScale(2);
  }
}
