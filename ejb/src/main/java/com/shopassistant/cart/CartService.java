package com.shopassistant.cart;

import com.shopassistant.catalog.ProductVariant;
import com.shopassistant.checkout.Voucher;
import com.shopassistant.checkout.VoucherChecks;
import com.shopassistant.checkout.VoucherException;
import com.shopassistant.ops.DatabaseTime;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * The caller's cart: one per customer, created by the first change. Every method takes the customer
 * id of the verified caller, never one a client named, and runs in one transaction.
 *
 * <p><b>Concurrency.</b> A change first locks the customer's cart row ({@code select ... for
 * update}), so two changes of one cart, on any instances, run one after the other and neither is
 * lost. The cart's version column still guards against a writer that does not take the lock: if the
 * version moved anyway the change is refused with {@link CartException.Kind#CART_CHANGED} rather
 * than retried, because the caller then sees a cart it did not expect and should look first. A
 * missing cart is created with an insert that does nothing when another request created it a moment
 * before ({@code on conflict do nothing}), then read; so two first requests at once share one cart
 * and neither fails.
 *
 * <p><b>Freshness.</b> Stock, prices and whether a product is still sold are read from the database
 * in the change's own transaction: the persistence unit keeps no shared cache (see
 * persistence.xml), since another instance's sale would not reach it. {@code CartServiceIT} changes
 * rows behind JPA's back to hold this.
 *
 * <p><b>Vouchers.</b> Applying one checks all its rules against the cart as it is (and refuses with
 * a {@link VoucherException}); every answer then judges it again, so a cart that stopped meeting
 * them shows the voucher as not applying, with the reason, rather than dropping it.
 *
 * <p><b>Arguments.</b> Callers validate what they pass (the REST resource validates its request
 * bodies); a quantity below one is refused by the cart entity itself. The parameters carry no Bean
 * Validation constraints on purpose: they would wrap every call in Hibernate Validator's CDI
 * interceptor, and on Liberty a checked exception passing through a CDI interceptor is recorded as
 * an FFDC incident (a file and a log line) — one for every refused add, which is normal business.
 */
@Stateless
public class CartService {

  @PersistenceContext(unitName = "shop")
  EntityManager em;

  /** The customer's cart; one who has none gets an empty cart, and none is created to be read. */
  public CartContents view(long customerId) {
    return cartOf(customerId, LockModeType.NONE)
        .map(cart -> contents(customerId, cart))
        .orElse(CartContents.EMPTY);
  }

  /** Adds {@code quantity} units of the variant with this id, or raises its line. */
  public CartContents addVariant(long customerId, long variantId, int quantity)
      throws CartException {
    ProductVariant variant = em.find(ProductVariant.class, variantId);
    if (variant == null) {
      throw CartException.variantNotFound("id " + variantId);
    }
    return add(customerId, variant, quantity);
  }

  /** Adds {@code quantity} units of the variant with this item code, or raises its line. */
  public CartContents addItem(long customerId, String itemCode, int quantity) throws CartException {
    String code = itemCode == null ? "" : itemCode.strip();
    String reference = code.isEmpty() ? "an empty code" : "code " + code;
    ProductVariant variant =
        em.createNamedQuery(ProductVariant.FIND_BY_CODE, ProductVariant.class)
            .setParameter("code", code)
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> CartException.variantNotFound(reference));
    return add(customerId, variant, quantity);
  }

  /** Sets the quantity of one of the customer's lines; the stock must cover the new quantity. */
  public CartContents changeQuantity(long customerId, long lineId, int quantity)
      throws CartException {
    Cart cart =
        cartOf(customerId, LockModeType.PESSIMISTIC_WRITE)
            .orElseThrow(() -> CartException.lineNotFound(lineId));
    CartLine line = cart.line(lineId).orElseThrow(() -> CartException.lineNotFound(lineId));
    ProductVariant variant = line.getVariant();
    CartRules.requireCanHold(variant, quantity);
    cart.changeQuantity(variant.getCode(), quantity);
    return saved(customerId, cart);
  }

  /** Removes one of the customer's lines. */
  public CartContents removeLine(long customerId, long lineId) throws CartException {
    Cart cart =
        cartOf(customerId, LockModeType.PESSIMISTIC_WRITE)
            .orElseThrow(() -> CartException.lineNotFound(lineId));
    CartLine line = cart.line(lineId).orElseThrow(() -> CartException.lineNotFound(lineId));
    cart.removeLine(line.getVariant().getCode());
    return saved(customerId, cart);
  }

  /** Empties the customer's cart (and drops its voucher); a customer without a cart keeps none. */
  public CartContents clear(long customerId) throws CartException {
    Optional<Cart> cart = cartOf(customerId, LockModeType.PESSIMISTIC_WRITE);
    if (cart.isEmpty()) {
      return CartContents.EMPTY;
    }
    cart.get().clear();
    return saved(customerId, cart.get());
  }

  /**
   * Puts the voucher with {@code code} (any case) on the customer's cart, replacing any other, if
   * it applies to the cart as it is now.
   */
  public CartContents applyVoucher(long customerId, String code)
      throws CartException, VoucherException {
    Voucher voucher = VoucherChecks.require(em, code);
    Cart cart = lockedCartCreatedIfAbsent(customerId);
    VoucherChecks.requireApplies(em, voucher, customerId, cart.subtotal());
    cart.applyVoucher(voucher);
    return saved(customerId, cart);
  }

  /** Takes the voucher off the customer's cart; without one, nothing changes. */
  public CartContents removeVoucher(long customerId) throws CartException {
    Optional<Cart> cart = cartOf(customerId, LockModeType.PESSIMISTIC_WRITE);
    if (cart.isEmpty()) {
      return CartContents.EMPTY;
    }
    if (cart.get().getVoucher().isPresent()) {
      cart.get().removeVoucher();
    }
    return saved(customerId, cart.get());
  }

  private CartContents add(long customerId, ProductVariant variant, int quantity)
      throws CartException {
    Cart cart = lockedCartCreatedIfAbsent(customerId);
    int inCart = cart.line(variant.getCode()).map(CartLine::getQuantity).orElse(0);
    CartRules.requireCanHold(variant, inCart + quantity);
    cart.addOrIncrease(variant, quantity);
    return saved(customerId, cart);
  }

  private Cart lockedCartCreatedIfAbsent(long customerId) throws CartException {
    OffsetDateTime now = DatabaseTime.now();
    // Through customer, so that a token outliving its account inserts nothing instead of failing
    // on the foreign key.
    em.createNativeQuery(
            "insert into cart (customer_id, created_at, updated_at, version)"
                + " select id, ?1, ?2, 0 from customer where id = ?3 on conflict do nothing")
        .setParameter(1, now)
        .setParameter(2, now)
        .setParameter(3, customerId)
        .executeUpdate();
    return cartOf(customerId, LockModeType.PESSIMISTIC_WRITE)
        .orElseThrow(CartException::accountNotFound);
  }

  private Optional<Cart> cartOf(long customerId, LockModeType lock) {
    return em.createNamedQuery(Cart.FIND_BY_CUSTOMER, Cart.class)
        .setParameter("customerId", customerId)
        .setLockMode(lock)
        .getResultStream()
        .findFirst();
  }

  /** Writes the change now, so a version conflict surfaces here and new lines get their ids. */
  private CartContents saved(long customerId, Cart cart) throws CartException {
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw CartException.changed();
    }
    return contents(customerId, cart);
  }

  /** The cart priced, its voucher (if any) judged for it now. */
  private CartContents contents(long customerId, Cart cart) {
    return CartContents.of(
        cart,
        cart.getVoucher()
            .map(v -> VoucherChecks.assess(em, v, customerId, cart.subtotal()))
            .orElse(null));
  }
}
