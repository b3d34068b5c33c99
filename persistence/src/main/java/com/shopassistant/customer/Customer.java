package com.shopassistant.customer;

import com.shopassistant.ops.DatabaseTime;
import com.shopassistant.ops.Require;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A customer account, guest or registered (tau2 {@code user_id} as the handle). It owns its address
 * book and payment methods and keeps exactly one of each marked default while any exist.
 */
@Entity
@Table(name = "customer")
@NamedQuery(
    name = Customer.FIND_BY_HANDLE,
    query = "select c from Customer c where c.handle = :handle")
@NamedQuery(
    name = Customer.FIND_BY_EMAIL,
    query = "select c from Customer c where c.email = lower(:email)")
@NamedQuery(name = Customer.COUNT, query = "select count(c) from Customer c")
public class Customer {

  public static final String FIND_BY_HANDLE = "Customer.findByHandle";

  /** Parameter {@code email}, matched case-insensitively (emails are stored lower-case). */
  public static final String FIND_BY_EMAIL = "Customer.findByEmail";

  public static final String COUNT = "Customer.count";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "handle", nullable = false, unique = true, length = 64)
  private String handle;

  @Column(name = "email", unique = true, length = 320)
  private String email;

  @Column(name = "first_name", length = 100)
  private String firstName;

  @Column(name = "last_name", length = 100)
  private String lastName;

  @Column(name = "password_hash", length = 255)
  private String passwordHash;

  @Enumerated(EnumType.STRING)
  @Column(name = "tier", nullable = false, length = 20)
  private CustomerTier tier;

  @Enumerated(EnumType.STRING)
  @Column(name = "role", nullable = false, length = 20)
  private CustomerRole role;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  @OneToMany(mappedBy = "customer", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("id")
  private List<Address> addresses;

  @OneToMany(mappedBy = "customer", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("id")
  private List<PaymentMethod> paymentMethods;

  protected Customer() {}

  /** A customer; email and names may be null (guests have none). */
  public Customer(
      String handle,
      String email,
      String firstName,
      String lastName,
      CustomerTier tier,
      CustomerRole role) {
    this.handle = Require.text(handle, "customer handle", 64);
    this.email = validEmail(email);
    this.firstName = Require.optionalText(firstName, "first name", 100);
    this.lastName = Require.optionalText(lastName, "last name", 100);
    this.tier = Require.present(tier, "tier");
    this.role = Require.present(role, "role");
    this.createdAt = DatabaseTime.now();
    this.updatedAt = createdAt;
    this.addresses = new ArrayList<>();
    this.paymentMethods = new ArrayList<>();
  }

  /** A guest shopper: no email, no name, the lowest tier. */
  public static Customer guest(String handle) {
    return new Customer(handle, null, null, null, CustomerTier.GUEST, CustomerRole.CUSTOMER);
  }

  private static String validEmail(String email) {
    String value = Require.optionalText(email, "email", 320);
    if (value != null && (value.indexOf('@') < 1 || value.endsWith("@"))) {
      throw new IllegalArgumentException("email must look like name@domain, was '" + email + "'");
    }
    // Lower-cased once here so lookups and the unique index agree on case.
    return value == null ? null : value.toLowerCase(Locale.ROOT);
  }

  /** Turns a guest into a registered customer on a paid or free tier. */
  public void register(String newEmail, String newPasswordHash, CustomerTier newTier) {
    if (!isGuest()) {
      throw new IllegalStateException("customer " + handle + " is already registered");
    }
    if (Require.present(newTier, "tier") == CustomerTier.GUEST) {
      throw new IllegalArgumentException("a registered customer cannot stay on the GUEST tier");
    }
    this.email = Require.present(validEmail(newEmail), "email");
    this.passwordHash = Require.text(newPasswordHash, "password hash", 255);
    this.tier = newTier;
    touch();
  }

  /** Adds an address; the first one, or one added with {@code makeDefault}, becomes default. */
  public Address addAddress(String label, PostalAddress postalAddress, boolean makeDefault) {
    Address address = new Address(this, label, postalAddress);
    if (hasAddressLabelled(address.getLabel())) {
      // Customers (and the assistant) pick an address by its label: it must name one address.
      throw new IllegalArgumentException("an address labelled " + address.getLabel() + " exists");
    }
    addresses.add(address);
    if (makeDefault || addresses.size() == 1) {
      makeDefault(address);
    }
    touch();
    return address;
  }

  /** Marks one of this customer's addresses as the default and unmarks the others. */
  public void makeDefault(Address address) {
    requireOwn(addresses, address, "address");
    OneDefault.choose(addresses, address, Address::markDefault);
    touch();
  }

  /** Removes an address; if it was the default, the oldest remaining one takes over. */
  public void removeAddress(Address address) {
    requireOwn(addresses, address, "address");
    OneDefault.remove(addresses, address, Address::isDefault, Address::markDefault);
    touch();
  }

  /**
   * Whether an entry already carries the label {@link #addAddress} would give {@code label}
   * (compared ignoring case), so a service can refuse the duplicate before the entity does.
   */
  public boolean hasAddressLabelled(String label) {
    String wanted = Address.labelOf(label);
    return addresses.stream().anyMatch(a -> a.getLabel().equalsIgnoreCase(wanted));
  }

  /** One of this customer's addresses by id; another customer's is not found. */
  public Optional<Address> address(long addressId) {
    return addresses.stream().filter(a -> a.getId() != null && a.getId() == addressId).findFirst();
  }

  public Optional<Address> defaultAddress() {
    return addresses.stream().filter(Address::isDefault).findFirst();
  }

  public PaymentMethod addCreditCard(String code, String brand, String lastFour) {
    return addPaymentMethod(
        new PaymentMethod(this, code, PaymentMethodKind.CREDIT_CARD, brand, lastFour, null));
  }

  public PaymentMethod addPaypal(String code) {
    return addPaymentMethod(
        new PaymentMethod(this, code, PaymentMethodKind.PAYPAL, null, null, null));
  }

  public PaymentMethod addGiftCard(String code, BigDecimal balance) {
    return addPaymentMethod(
        new PaymentMethod(this, code, PaymentMethodKind.GIFT_CARD, null, null, balance));
  }

  private PaymentMethod addPaymentMethod(PaymentMethod method) {
    if (paymentMethod(method.getCode()).isPresent()) {
      throw new IllegalArgumentException(
          "customer " + handle + " already has payment method " + method.getCode());
    }
    paymentMethods.add(method);
    if (paymentMethods.size() == 1) {
      method.markDefault(true);
    }
    touch();
    return method;
  }

  /** Marks one of this customer's payment methods as the default and unmarks the others. */
  public void makeDefault(PaymentMethod method) {
    requireOwn(paymentMethods, method, "payment method");
    OneDefault.choose(paymentMethods, method, PaymentMethod::markDefault);
    touch();
  }

  /** Removes a payment method; if it was the default, the oldest remaining one takes over. */
  public void removePaymentMethod(PaymentMethod method) {
    requireOwn(paymentMethods, method, "payment method");
    OneDefault.remove(paymentMethods, method, PaymentMethod::isDefault, PaymentMethod::markDefault);
    touch();
  }

  public Optional<PaymentMethod> paymentMethod(String code) {
    return paymentMethods.stream().filter(m -> m.getCode().equals(code)).findFirst();
  }

  /** One of this customer's payment methods by id; another customer's is not found. */
  public Optional<PaymentMethod> paymentMethod(long methodId) {
    return paymentMethods.stream()
        .filter(m -> m.getId() != null && m.getId() == methodId)
        .findFirst();
  }

  public Optional<PaymentMethod> defaultPaymentMethod() {
    return paymentMethods.stream().filter(PaymentMethod::isDefault).findFirst();
  }

  private void requireOwn(List<?> owned, Object item, String what) {
    if (item == null || owned.stream().noneMatch(o -> o == item)) {
      throw new IllegalArgumentException(what + " does not belong to customer " + handle);
    }
  }

  public void rename(String newFirstName, String newLastName) {
    this.firstName = Require.optionalText(newFirstName, "first name", 100);
    this.lastName = Require.optionalText(newLastName, "last name", 100);
    touch();
  }

  public void changeEmail(String newEmail) {
    if (!isGuest() && (newEmail == null || newEmail.isBlank())) {
      throw new IllegalArgumentException("a registered customer needs an email");
    }
    this.email = validEmail(newEmail);
    touch();
  }

  public void changePasswordHash(String newPasswordHash) {
    this.passwordHash = Require.text(newPasswordHash, "password hash", 255);
    touch();
  }

  public void changeTier(CustomerTier newTier) {
    Require.present(newTier, "tier");
    if (newTier == CustomerTier.GUEST && passwordHash != null) {
      // A registered account is never a guest again: guests have no credentials to protect.
      throw new IllegalArgumentException("a registered customer cannot become a guest");
    }
    this.tier = newTier;
    touch();
  }

  public void changeRole(CustomerRole newRole) {
    this.role = Require.present(newRole, "role");
    touch();
  }

  private void touch() {
    this.updatedAt = DatabaseTime.now();
  }

  public boolean isGuest() {
    return tier == CustomerTier.GUEST;
  }

  public boolean isAdmin() {
    return role == CustomerRole.ADMIN;
  }

  /** "First Last", or the handle when the customer gave no name. */
  public String displayName() {
    String name = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName));
    return name.isBlank() ? handle : name.strip();
  }

  public Long getId() {
    return id;
  }

  public String getHandle() {
    return handle;
  }

  public String getEmail() {
    return email;
  }

  public String getFirstName() {
    return firstName;
  }

  public String getLastName() {
    return lastName;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public CustomerTier getTier() {
    return tier;
  }

  public CustomerRole getRole() {
    return role;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  public OffsetDateTime getUpdatedAt() {
    return updatedAt;
  }

  public long getVersion() {
    return version;
  }

  public List<Address> getAddresses() {
    return Collections.unmodifiableList(addresses);
  }

  public List<PaymentMethod> getPaymentMethods() {
    return Collections.unmodifiableList(paymentMethods);
  }

  @Override
  public String toString() {
    return "Customer[" + handle + "]";
  }
}
