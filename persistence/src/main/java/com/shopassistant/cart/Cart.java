package com.shopassistant.cart;

import com.shopassistant.catalog.ProductVariant;
import com.shopassistant.checkout.Voucher;
import com.shopassistant.customer.Customer;
import com.shopassistant.ops.DatabaseTime;
import com.shopassistant.ops.Require;
import jakarta.persistence.Cacheable;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * A customer's cart: at most one line per variant, each with a quantity between one and {@link
 * CartLine#MAX_QUANTITY}.
 *
 * <p>Every change touches {@code updated_at}, so the cart row itself is updated and its version
 * bumped even when only a line changed: two instances editing the same cart then conflict instead
 * of silently merging. Stock is not an invariant of the cart: the cart service checks it when a
 * line is added or changed and checkout checks it again, because an item already in a cart may sell
 * out at any time and the cart cannot keep that promise.
 *
 * <p>Not in the shared (second-level) cache: requests on any instance change carts, and a cached
 * copy with yesterday's lines would be added to and saved back.
 */
@Entity
@Cacheable(false)
@Table(name = "cart")
@NamedQuery(
    name = Cart.FIND_BY_CUSTOMER,
    query = "select c from Cart c where c.customer.id = :customerId")
@NamedQuery(
    name = Cart.FIND_BY_CUSTOMER_HANDLE,
    query = "select c from Cart c where c.customer.handle = :handle")
public class Cart {

  public static final String FIND_BY_CUSTOMER = "Cart.findByCustomer";
  public static final String FIND_BY_CUSTOMER_HANDLE = "Cart.findByCustomerHandle";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @OneToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "customer_id", nullable = false, unique = true)
  private Customer customer;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "voucher_id")
  private Voucher voucher;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  @OneToMany(mappedBy = "cart", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("id")
  private List<CartLine> lines = new ArrayList<>();

  protected Cart() {}

  /** An empty cart for {@code customer}. */
  public Cart(Customer customer) {
    this.customer = Require.present(customer, "customer");
    this.createdAt = DatabaseTime.now();
    this.updatedAt = createdAt;
  }

  /**
   * Adds {@code quantity} of a variant, raising the existing line's quantity if there is one; the
   * line must stay within {@link CartLine#MAX_QUANTITY}, or nothing changes.
   */
  public CartLine addOrIncrease(ProductVariant variant, int quantity) {
    Require.present(variant, "variant");
    Require.atLeast(quantity, 1, "quantity");
    Optional<CartLine> existing = line(variant.getCode());
    CartLine line;
    if (existing.isPresent()) {
      line = existing.get();
      line.changeQuantity(Math.addExact(line.getQuantity(), quantity));
    } else {
      line = new CartLine(this, variant, quantity);
      lines.add(line);
    }
    touch();
    return line;
  }

  /** Sets the quantity of the line holding {@code itemCode}: 1 to {@link CartLine#MAX_QUANTITY}. */
  public void changeQuantity(String itemCode, int quantity) {
    requireLine(itemCode).changeQuantity(quantity);
    touch();
  }

  /** Removes the line holding {@code itemCode}. */
  public void removeLine(String itemCode) {
    lines.remove(requireLine(itemCode));
    touch();
  }

  /** Empties the cart and drops its voucher, as after a completed checkout. */
  public void clear() {
    lines.clear();
    voucher = null;
    touch();
  }

  /** Applies a voucher, replacing any earlier one; the checkout decides whether it still holds. */
  public void applyVoucher(Voucher newVoucher) {
    this.voucher = Require.present(newVoucher, "voucher");
    touch();
  }

  public void removeVoucher() {
    this.voucher = null;
    touch();
  }

  public Optional<CartLine> line(String itemCode) {
    return lines.stream().filter(l -> l.getVariant().getCode().equals(itemCode)).findFirst();
  }

  /** The line with this id; lines not yet saved have none and are never found this way. */
  public Optional<CartLine> line(long lineId) {
    return lines.stream().filter(l -> l.getId() != null && l.getId() == lineId).findFirst();
  }

  private CartLine requireLine(String itemCode) {
    return line(itemCode)
        .orElseThrow(
            () -> new IllegalArgumentException("the cart holds no item with code " + itemCode));
  }

  /** Sum of the lines at today's prices, before any voucher. */
  public BigDecimal subtotal() {
    return lines.stream().map(CartLine::lineTotal).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** Total number of units in the cart. */
  public int itemCount() {
    return lines.stream().mapToInt(CartLine::getQuantity).sum();
  }

  public boolean isEmpty() {
    return lines.isEmpty();
  }

  private void touch() {
    this.updatedAt = DatabaseTime.now();
  }

  public Long getId() {
    return id;
  }

  public Customer getCustomer() {
    return customer;
  }

  public Optional<Voucher> getVoucher() {
    return Optional.ofNullable(voucher);
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

  public List<CartLine> getLines() {
    return Collections.unmodifiableList(lines);
  }
}
