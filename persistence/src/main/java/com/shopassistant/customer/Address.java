package com.shopassistant.customer;

import com.shopassistant.ops.DatabaseTime;
import com.shopassistant.ops.Require;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * An entry in a customer's address book. Created and removed through {@link Customer}, which keeps
 * exactly one entry marked as the default.
 */
@Entity
@Table(name = "address")
@NamedQuery(
    name = Address.FIND_BY_CUSTOMER,
    query = "select a from Address a where a.customer.id = :customerId order by a.id")
@NamedQuery(
    name = Address.FIND_OWN,
    query = "select a from Address a where a.id = :id and a.customer.id = :customerId")
public class Address {

  /** A customer's address book, oldest entry first; parameter {@code customerId}. */
  public static final String FIND_BY_CUSTOMER = "Address.findByCustomer";

  /**
   * One entry, only if it is the customer's: parameters {@code id} and {@code customerId}. Another
   * customer's entry is not found, exactly like one that does not exist.
   */
  public static final String FIND_OWN = "Address.findOwn";

  /** The label used when none is given; tau2's single address per user imports as this. */
  public static final String DEFAULT_LABEL = "home";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "customer_id", nullable = false)
  private Customer customer;

  @Column(name = "label", nullable = false, length = 50)
  private String label;

  @Embedded private PostalAddress postalAddress;

  @Column(name = "is_default", nullable = false)
  private boolean defaultAddress;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  protected Address() {}

  Address(Customer customer, String label, PostalAddress postalAddress) {
    this.customer = Require.present(customer, "customer");
    relabel(label);
    changeTo(postalAddress);
    this.createdAt = DatabaseTime.now();
  }

  /** Renames the entry; a blank label becomes {@value #DEFAULT_LABEL}. */
  void relabel(String newLabel) {
    this.label = labelOf(newLabel);
  }

  /** The label an entry given {@code label} would get: stripped, blank as the default label. */
  static String labelOf(String label) {
    String value = Require.optionalText(label, "address label", 50);
    return value == null ? DEFAULT_LABEL : value;
  }

  /** Corrects the address itself; orders placed earlier keep their own copy. */
  public void changeTo(PostalAddress newAddress) {
    this.postalAddress = Require.present(newAddress, "postal address");
  }

  void markDefault(boolean isDefault) {
    this.defaultAddress = isDefault;
  }

  public Long getId() {
    return id;
  }

  public Customer getCustomer() {
    return customer;
  }

  public String getLabel() {
    return label;
  }

  public PostalAddress getPostalAddress() {
    return postalAddress;
  }

  public boolean isDefault() {
    return defaultAddress;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  @Override
  public String toString() {
    return "Address[" + label + ": " + postalAddress + "]";
  }
}
