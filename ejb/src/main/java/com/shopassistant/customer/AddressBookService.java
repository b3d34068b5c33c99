package com.shopassistant.customer;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * A customer's address book. Lookups are scoped by the customer id, so another customer's address
 * is not found; changes go through {@link Customer}, which keeps exactly one default.
 */
@Stateless
public class AddressBookService {

  @PersistenceContext(unitName = "shop")
  EntityManager em;

  /** The customer's addresses, oldest first. */
  public List<Address> list(long customerId) {
    return em.createNamedQuery(Address.FIND_BY_CUSTOMER, Address.class)
        .setParameter("customerId", customerId)
        .getResultList();
  }

  /** One of the customer's addresses. */
  public Optional<Address> find(long customerId, long addressId) {
    return em.createNamedQuery(Address.FIND_OWN, Address.class)
        .setParameter("id", addressId)
        .setParameter("customerId", customerId)
        .getResultStream()
        .findFirst();
  }

  /**
   * Adds an address; it becomes the default when asked to or when it is the first one.
   *
   * @throws AddressLabelTakenException when another entry has the same label (ignoring case)
   */
  public Address add(long customerId, String label, PostalAddress postal, boolean makeDefault)
      throws AddressLabelTakenException, UnknownCustomerException {
    Customer customer = CustomerLock.lock(em, customerId);
    if (customer.hasAddressLabelled(label)) {
      throw new AddressLabelTakenException(
          label == null || label.isBlank() ? Address.DEFAULT_LABEL : label.strip());
    }
    Address address = customer.addAddress(label, postal, makeDefault);
    em.flush(); // the new row's id, for the answer's Location
    return address;
  }

  /** Makes one of the customer's addresses the default; empty when it is not theirs. */
  public Optional<Address> makeDefault(long customerId, long addressId)
      throws UnknownCustomerException {
    Customer customer = CustomerLock.lock(em, customerId);
    Optional<Address> address = customer.address(addressId);
    address.ifPresent(customer::makeDefault);
    return address;
  }

  /**
   * Deletes one of the customer's addresses; if it was the default, the oldest remaining one takes
   * over. False when it is not theirs.
   */
  public boolean remove(long customerId, long addressId) throws UnknownCustomerException {
    Customer customer = CustomerLock.lock(em, customerId);
    Optional<Address> address = customer.address(addressId);
    address.ifPresent(customer::removeAddress);
    return address.isPresent();
  }
}
