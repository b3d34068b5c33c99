package com.shopassistant.customer;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Logger;

/**
 * An administrator's change of a customer's tier. It takes effect on the customer's next model
 * call: the budget check reads the tier then, and the ledger copies it into each row, so calls
 * already metered keep the tier they were made on.
 */
@Stateless
public class CustomerTierService {

  private static final Logger LOG = Logger.getLogger(CustomerTierService.class.getName());

  @PersistenceContext(unitName = "shop")
  EntityManager em;

  /**
   * Puts customer {@code customerId} on {@code tier}, on behalf of administrator {@code adminId}
   * (logged). The customer's row is locked, as a budget check locks it, so a call being checked
   * sees the tier before or after the change, never half of it.
   *
   * @throws CustomerNotFoundException when no customer has this id
   * @throws TierChangeRefusedException when the account refuses the tier (a registered customer
   *     cannot become a guest)
   */
  public TierChange change(long adminId, long customerId, CustomerTier tier)
      throws CustomerNotFoundException, TierChangeRefusedException {
    Customer customer = em.find(Customer.class, customerId, LockModeType.PESSIMISTIC_WRITE);
    if (customer == null) {
      throw new CustomerNotFoundException(customerId);
    }
    CustomerTier previous = customer.getTier();
    if (previous != tier) {
      try {
        customer.changeTier(tier);
      } catch (IllegalArgumentException e) {
        // The entity's own rule (a registered customer cannot become a guest), named as it is.
        throw new TierChangeRefusedException(
            "Customer " + customerId + " stays " + previous + ": " + e.getMessage() + ".");
      }
      LOG.info(
          () ->
              "Administrator "
                  + adminId
                  + " changed the tier of customer "
                  + customerId
                  + " from "
                  + previous
                  + " to "
                  + tier);
    }
    return new TierChange(
        customerId, customer.getHandle(), customer.getEmail(), previous, customer.getTier());
  }
}
