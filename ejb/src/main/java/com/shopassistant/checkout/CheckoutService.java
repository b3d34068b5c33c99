package com.shopassistant.checkout;

import com.shopassistant.cart.Cart;
import com.shopassistant.confirmation.ClaimedConfirmation;
import com.shopassistant.confirmation.ConfirmableAction;
import com.shopassistant.confirmation.ConfirmationException;
import com.shopassistant.confirmation.ConfirmationService;
import com.shopassistant.confirmation.IssuedConfirmation;
import com.shopassistant.customer.Customer;
import com.shopassistant.order.CustomerOrder;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Checkout in two steps. {@link #quote} prices the caller's cart for an address and a payment
 * method, checks stock, balance and voucher, and issues a confirmation token whose payload holds
 * the plan's fingerprint. {@link #confirm} places the order in one transaction: it plans again from
 * the state it finds, refuses if anything the quote promised changed, takes stock and money with
 * conditional updates, writes the order, redemption and emptied cart, and consumes the token.
 *
 * <p><b>Idempotency.</b> A confirm first locks the customer's row, so one customer's confirms run
 * one after another on every instance. Under that lock, an order already placed with the same
 * {@code Idempotency-Key} is answered again (the unique {@code (customer_id, idempotency_key)} is
 * the backstop), and so is the order of a token already performed ({@link ConfirmationService}).
 * Neither ever places a second order.
 *
 * <p>Refusals are checked exceptions that roll everything back. The methods take no Bean Validation
 * constraints (decision 0002); callers validate their requests.
 */
@Stateless
public class CheckoutService {

  /** The longest {@code Idempotency-Key}: the {@code customer_order.idempotency_key} column. */
  public static final int MAX_IDEMPOTENCY_KEY = 100;

  @PersistenceContext(unitName = "shop")
  EntityManager em;

  @Inject ConfirmationService confirmations;

  /** Quotes the caller's cart; nothing changes but the new confirmation token. */
  public CheckoutQuote quote(long customerId, CheckoutRequest request)
      throws CheckoutException, VoucherException {
    Customer customer = customer(customerId, LockModeType.NONE);
    Cart cart = cart(customerId, LockModeType.NONE).orElseThrow(CheckoutException::cartEmpty);
    CheckoutPlanner planner = new CheckoutPlanner(em);
    CheckoutPlan plan = planner.plan(customer, cart, request);
    planner.requirePurchasable(plan);
    IssuedConfirmation issued =
        confirmations.issue(
            customerId, ConfirmableAction.CHECKOUT, null, QuotePayload.of(plan, request).toJson());
    return CheckoutQuote.of(plan, issued);
  }

  /**
   * Places the order a quote described, or answers the order an earlier confirm with the same key
   * or token placed.
   */
  public PlacedOrder confirm(long customerId, String confirmationToken, String idempotencyKey)
      throws CheckoutException, VoucherException, ConfirmationException {
    String key = validKey(idempotencyKey);
    Customer customer = customer(customerId, LockModeType.PESSIMISTIC_WRITE);
    Optional<String> earlier = orderNumberFor(customerId, key);
    if (earlier.isPresent()) {
      return new PlacedOrder(earlier.get(), false);
    }
    ClaimedConfirmation claimed =
        confirmations.claim(customerId, confirmationToken, ConfirmableAction.CHECKOUT);
    if (claimed.alreadyPerformed().isPresent()) {
      return new PlacedOrder(claimed.alreadyPerformed().get(), false);
    }
    QuotePayload quoted = QuotePayload.parse(claimed.payload());
    Cart cart =
        cart(customerId, LockModeType.PESSIMISTIC_WRITE)
            .filter(c -> !c.isEmpty())
            .orElseThrow(() -> CheckoutException.quoteOutdated("Your cart was emptied"));
    CheckoutPlanner planner = new CheckoutPlanner(em);
    CheckoutPlan plan = planner.plan(customer, cart, quoted.request());
    if (!plan.fingerprint().equals(quoted.fingerprint())) {
      throw CheckoutException.quoteOutdated(
          "Your cart, a price, the voucher's discount, the address or the payment method changed");
    }
    planner.requirePurchasable(plan);
    String number =
        new OrderPlacement(em, ThreadLocalRandom.current()).place(customer, cart, plan, key);
    confirmations.complete(claimed, number);
    return new PlacedOrder(number, true);
  }

  private static String validKey(String idempotencyKey) throws CheckoutException {
    String key = idempotencyKey == null ? "" : idempotencyKey.strip();
    if (key.isEmpty() || key.length() > MAX_IDEMPOTENCY_KEY) {
      throw CheckoutException.idempotencyKeyInvalid();
    }
    return key;
  }

  private Customer customer(long customerId, LockModeType lock) throws CheckoutException {
    Customer customer = em.find(Customer.class, customerId, lock);
    if (customer == null) {
      throw CheckoutException.accountNotFound();
    }
    return customer;
  }

  private Optional<Cart> cart(long customerId, LockModeType lock) {
    return em.createNamedQuery(Cart.FIND_BY_CUSTOMER, Cart.class)
        .setParameter("customerId", customerId)
        .setLockMode(lock)
        .getResultStream()
        .findFirst();
  }

  private Optional<String> orderNumberFor(long customerId, String idempotencyKey) {
    return em.createNamedQuery(CustomerOrder.FIND_BY_IDEMPOTENCY_KEY, CustomerOrder.class)
        .setParameter("customerId", customerId)
        .setParameter("idempotencyKey", idempotencyKey)
        .getResultStream()
        .findFirst()
        .map(CustomerOrder::getOrderNumber);
  }
}
