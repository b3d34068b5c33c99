package com.shopassistant.customer;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

/**
 * Changes to one customer's address book or payment methods run one after another: each takes a row
 * lock on the customer first. Without it two instances adding addresses at once could both pass the
 * label check, or both keep their own default, and the later commit would fail on the customer's
 * version instead of simply waiting.
 */
final class CustomerLock {

  private CustomerLock() {}

  /** The customer, locked until the transaction ends. */
  static Customer lock(EntityManager em, long customerId) throws UnknownCustomerException {
    Customer customer = em.find(Customer.class, customerId, LockModeType.PESSIMISTIC_WRITE);
    if (customer == null) {
      throw new UnknownCustomerException(customerId);
    }
    return customer;
  }
}
