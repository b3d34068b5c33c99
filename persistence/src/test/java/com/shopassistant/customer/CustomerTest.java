package com.shopassistant.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CustomerTest {

  private static final PostalAddress HOME =
      new PostalAddress("986 Sunset Drive", "Suite 259", "Denver", "CO", "80279", "USA");
  private static final PostalAddress OFFICE =
      new PostalAddress("1 Market St", null, "San Francisco", "CA", "94105", "USA");

  private final Customer noah =
      new Customer(
          "noah_brown_6181",
          "Noah.Brown@Example.com",
          "Noah",
          "Brown",
          CustomerTier.FREE,
          CustomerRole.CUSTOMER);

  private long defaults(Customer customer) {
    return customer.getAddresses().stream().filter(Address::isDefault).count();
  }

  @Test
  void firstAddressBecomesDefault() {
    Address home = noah.addAddress("home", HOME, false);

    assertThat(home.isDefault()).isTrue();
    assertThat(noah.defaultAddress()).containsSame(home);
  }

  @Test
  void addingANewDefaultKeepsExactlyOne() {
    Address home = noah.addAddress("home", HOME, false);
    Address office = noah.addAddress("office", OFFICE, true);

    assertThat(defaults(noah)).isEqualTo(1);
    assertThat(office.isDefault()).isTrue();
    assertThat(home.isDefault()).isFalse();
  }

  @Test
  void addingANonDefaultLeavesTheDefault() {
    Address home = noah.addAddress("home", HOME, false);
    noah.addAddress("office", OFFICE, false);

    assertThat(noah.defaultAddress()).containsSame(home);
    assertThat(defaults(noah)).isEqualTo(1);
  }

  @Test
  void makeDefaultMovesTheMark() {
    Address home = noah.addAddress("home", HOME, false);
    Address office = noah.addAddress("office", OFFICE, false);

    noah.makeDefault(office);

    assertThat(office.isDefault()).isTrue();
    assertThat(home.isDefault()).isFalse();
  }

  @Test
  void removingTheDefaultPromotesAnother() {
    Address home = noah.addAddress("home", HOME, false);
    Address office = noah.addAddress("office", OFFICE, false);

    noah.removeAddress(home);

    assertThat(noah.getAddresses()).containsExactly(office);
    assertThat(office.isDefault()).isTrue();
  }

  @Test
  void anotherCustomersAddressIsRefused() {
    Customer other = Customer.guest("guest-1");
    Address theirs = other.addAddress(null, HOME, false);

    assertThatThrownBy(() -> noah.makeDefault(theirs))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("does not belong");
    assertThatThrownBy(() -> noah.removeAddress(theirs))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(theirs.getLabel()).isEqualTo(Address.DEFAULT_LABEL);
  }

  @Test
  void labelsAreComparedTheWayTheyAreStored() {
    noah.addAddress("  Office ", OFFICE, false);
    noah.addAddress(" ", HOME, false);

    assertThat(noah.hasAddressLabelled("office")).isTrue();
    assertThat(noah.hasAddressLabelled(null)).as("blank is the default label").isTrue();
    assertThat(noah.hasAddressLabelled("HOME")).isTrue();
    assertThat(noah.hasAddressLabelled("cabin")).isFalse();
    assertThatThrownBy(() -> noah.addAddress("OFFICE", HOME, false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("exists");
  }

  @Test
  void firstPaymentMethodBecomesDefaultAndOnlyOneStaysDefault() {
    PaymentMethod card = noah.addCreditCard("credit_card_7815826", "mastercard", "9212");
    PaymentMethod paypal = noah.addPaypal("paypal_5727330");

    assertThat(card.isDefault()).isTrue();
    assertThat(paypal.isDefault()).isFalse();

    noah.makeDefault(paypal);
    assertThat(noah.defaultPaymentMethod()).containsSame(paypal);
    assertThat(card.isDefault()).isFalse();

    noah.removePaymentMethod(paypal);
    assertThat(card.isDefault()).isTrue();
  }

  @Test
  void paymentMethodCodesAreUniquePerCustomer() {
    noah.addPaypal("paypal_5727330");

    assertThatThrownBy(() -> noah.addGiftCard("paypal_5727330", BigDecimal.TEN))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(noah.getPaymentMethods()).hasSize(1);
  }

  @Test
  void emailIsStoredLowerCaseAndMustLookLikeOne() {
    assertThat(noah.getEmail()).isEqualTo("noah.brown@example.com");
    assertThatThrownBy(() -> noah.changeEmail("not-an-email"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> noah.changeEmail(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("registered customer needs an email");
  }

  @Test
  void guestRegistersOnce() {
    Customer guest = Customer.guest("guest-7");
    assertThat(guest.isGuest()).isTrue();
    assertThat(guest.displayName()).isEqualTo("guest-7");

    guest.register("a@b.example", "$2a$hash", CustomerTier.FREE);

    assertThat(guest.isGuest()).isFalse();
    assertThat(guest.getEmail()).isEqualTo("a@b.example");
    assertThatThrownBy(() -> guest.register("a@b.example", "h", CustomerTier.FREE))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void registeringOnTheGuestTierIsRefused() {
    Customer guest = Customer.guest("guest-8");

    assertThatThrownBy(() -> guest.register("a@b.example", "h", CustomerTier.GUEST))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(guest.isGuest()).isTrue();
  }

  @Test
  void displayNameJoinsTheNames() {
    assertThat(noah.displayName()).isEqualTo("Noah Brown");
  }
}
