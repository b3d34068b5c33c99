package com.shopassistant.customer;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A customer's payment methods. Customers add credit cards (brand and last four digits only: the
 * card itself stays with the payment provider) and PayPal; gift cards come from the store. Lookups
 * are scoped by the customer id; changes go through {@link Customer}, which keeps one default.
 */
@Stateless
public class PaymentMethodService {

  @PersistenceContext(unitName = "shop")
  EntityManager em;

  /** The customer's payment methods, ordered by code (so grouped by kind). */
  public List<PaymentMethod> list(long customerId) {
    return em.createNamedQuery(PaymentMethod.FIND_BY_CUSTOMER, PaymentMethod.class)
        .setParameter("customerId", customerId)
        .getResultList();
  }

  /** One of the customer's payment methods. */
  public Optional<PaymentMethod> find(long customerId, long methodId) {
    return em.createNamedQuery(PaymentMethod.FIND_OWN, PaymentMethod.class)
        .setParameter("id", methodId)
        .setParameter("customerId", customerId)
        .getResultStream()
        .findFirst();
  }

  /**
   * Adds a credit card ({@code brand} and {@code lastFour} required) or PayPal (neither) under a
   * fresh code; the customer's first method becomes the default.
   *
   * @throws GiftCardNotAddableException for a gift card
   */
  public PaymentMethod add(long customerId, PaymentMethodKind kind, String brand, String lastFour)
      throws GiftCardNotAddableException, UnknownCustomerException {
    if (kind == PaymentMethodKind.GIFT_CARD) {
      throw new GiftCardNotAddableException();
    }
    Customer customer = CustomerLock.lock(em, customerId);
    String code = PaymentMethodCodes.unused(kind, ThreadLocalRandom.current(), this::isTaken);
    PaymentMethod method =
        kind == PaymentMethodKind.CREDIT_CARD
            ? customer.addCreditCard(code, brandOf(brand), lastFour)
            : customer.addPaypal(code);
    em.flush(); // the new row's id, for the answer's Location
    return method;
  }

  /** Makes one of the customer's methods the default; empty when it is not theirs. */
  public Optional<PaymentMethod> makeDefault(long customerId, long methodId)
      throws UnknownCustomerException {
    Customer customer = CustomerLock.lock(em, customerId);
    Optional<PaymentMethod> method = customer.paymentMethod(methodId);
    method.ifPresent(customer::makeDefault);
    return method;
  }

  /**
   * Deletes one of the customer's methods; if it was the default, the oldest remaining one takes
   * over. Orders paid with it keep its code in their history. False when it is not theirs.
   *
   * @throws GiftCardHasBalanceException for a gift card with money left
   */
  public boolean remove(long customerId, long methodId)
      throws GiftCardHasBalanceException, UnknownCustomerException {
    Customer customer = CustomerLock.lock(em, customerId);
    Optional<PaymentMethod> method = customer.paymentMethod(methodId);
    if (method.isEmpty()) {
      return false;
    }
    PaymentMethod found = method.get();
    if (found.isGiftCard() && found.getBalance().compareTo(BigDecimal.ZERO) > 0) {
      throw new GiftCardHasBalanceException(found.getCode(), found.getBalance());
    }
    customer.removePaymentMethod(found);
    return true;
  }

  /** Brands are kept lower case, as tau2 writes them ({@code visa}, {@code mastercard}). */
  private static String brandOf(String brand) {
    return brand == null ? null : brand.strip().toLowerCase(Locale.ROOT);
  }

  /** Whether any customer holds this code (imported tau2 codes share the space). */
  private boolean isTaken(String code) {
    return em.createNamedQuery(PaymentMethod.COUNT_BY_CODE, Long.class)
            .setParameter("code", code)
            .getSingleResult()
        > 0;
  }
}
