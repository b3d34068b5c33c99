package com.shopassistant.checkout;

import com.shopassistant.cart.Cart;
import com.shopassistant.cart.CartContents;
import com.shopassistant.catalog.ProductVariant;
import com.shopassistant.customer.Customer;
import com.shopassistant.customer.PaymentMethod;
import com.shopassistant.customer.PostalAddress;
import com.shopassistant.order.CustomerOrder;
import com.shopassistant.order.LineItem;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.Comparator;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The writes of a confirmed checkout, all in the caller's transaction: the voucher (locked, judged
 * again, counted), the stock of every line and a gift card's balance (each one conditional update,
 * see {@link CheckoutLedger}), the order with its lines, discount and payment, the redemption, and
 * the emptied cart. Any refusal throws and the transaction rolls back all of it.
 *
 * <p>Locks are taken in one order by every checkout (voucher, variants by id, gift card), so two
 * checkouts that share any of them queue instead of deadlocking.
 */
final class OrderPlacement {

  private final EntityManager em;
  private final RandomGenerator random;

  OrderPlacement(EntityManager em, RandomGenerator random) {
    this.em = em;
    this.random = random;
  }

  /** Places the order the plan describes; returns its number. */
  String place(Customer customer, Cart cart, CheckoutPlan plan, String idempotencyKey)
      throws CheckoutException, VoucherException {
    if (plan.voucher() != null) {
      // Locked and judged again: the total limit is checked against the count other checkouts
      // committed while this one was running, and holds until this one commits.
      em.refresh(plan.voucher(), LockModeType.PESSIMISTIC_WRITE);
      VoucherChecks.requireApplies(em, plan.voucher(), customer.getId(), plan.cart().subtotal());
    }
    takeStock(plan.cart().lines());
    pay(plan);
    CustomerOrder order = newOrder(customer, plan, idempotencyKey);
    em.persist(order);
    em.flush(); // the order's id, for the redemption
    if (plan.voucher() != null) {
      em.persist(VoucherRedemption.redeem(plan.voucher(), customer, order));
    }
    cart.clear();
    em.flush();
    return order.getOrderNumber();
  }

  private void takeStock(List<CartContents.Line> lines) throws CheckoutException {
    List<CartContents.Line> byVariant =
        lines.stream().sorted(Comparator.comparing(CartContents.Line::variantId)).toList();
    for (CartContents.Line line : byVariant) {
      if (!CheckoutLedger.takeStock(em, line.variantId(), line.quantity(), line.unitPrice())) {
        throw refusedTake(line);
      }
    }
  }

  /** Why a line's stock could not be taken, read again from the database. */
  private CheckoutException refusedTake(CartContents.Line line) {
    ProductVariant variant = em.find(ProductVariant.class, line.variantId());
    em.refresh(variant);
    em.refresh(variant.getProduct());
    if (variant.getPrice().compareTo(line.unitPrice()) != 0) {
      return CheckoutException.quoteOutdated(
          "The price of item "
              + variant.getCode()
              + " ("
              + variant.getProduct().getName()
              + ")"
              + " changed");
    }
    int available = variant.getProduct().isActive() ? variant.getStockQuantity() : 0;
    return CheckoutException.insufficientStock(variant, available, line.quantity());
  }

  private void pay(CheckoutPlan plan) throws CheckoutException {
    PaymentMethod method = plan.paymentMethod();
    if (!method.isGiftCard() || plan.total().signum() == 0) {
      return; // cards and PayPal are charged at the provider
    }
    if (!CheckoutLedger.debitGiftCard(em, method.getId(), plan.total())) {
      em.refresh(method);
      throw CheckoutException.insufficientBalance(
          method.getCode(), method.getBalance(), plan.total());
    }
  }

  private CustomerOrder newOrder(Customer customer, CheckoutPlan plan, String idempotencyKey) {
    CartContents cart = plan.cart();
    CustomerOrder order =
        new CustomerOrder(
            OrderNumberGenerator.unused(random, this::isTaken),
            customer,
            copyOf(plan.address().getPostalAddress()),
            cart.currency(),
            idempotencyKey);
    for (CartContents.Line line : cart.lines()) {
      order.addLine(
          new LineItem(
              em.find(ProductVariant.class, line.variantId()),
              line.productCode(),
              line.itemCode(),
              line.productName(),
              line.unitPrice(),
              line.quantity(),
              line.options()));
    }
    if (cart.voucher() != null) {
      order.applyDiscount(cart.discount(), cart.voucher().code());
    }
    if (plan.total().signum() > 0) {
      order.recordPayment(plan.paymentMethod(), plan.total());
    }
    return order;
  }

  /** The order keeps its own copy: editing the address book never moves a placed order. */
  private static PostalAddress copyOf(PostalAddress a) {
    return new PostalAddress(
        a.getAddress1(), a.getAddress2(), a.getCity(), a.getState(), a.getZip(), a.getCountry());
  }

  private boolean isTaken(String orderNumber) {
    return !em.createNamedQuery(CustomerOrder.FIND_BY_NUMBER, CustomerOrder.class)
        .setParameter("orderNumber", orderNumber)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }
}
