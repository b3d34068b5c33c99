package com.shopassistant.cart;

import com.shopassistant.catalog.ProductVariant;
import com.shopassistant.ops.DatabaseTime;
import com.shopassistant.ops.Require;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * A variant and how many of it are in a cart: never fewer than one (a line with nothing in it is
 * removed instead) and never more than {@value #MAX_QUANTITY}. Created through the cart.
 */
@Entity
@Cacheable(false)
@Table(name = "cart_line")
public class CartLine {

  /**
   * The most units of one variant a cart line holds: a shop's cart, not a wholesale order form, and
   * a bound that keeps a typo like 1000 out of totals and stock checks.
   */
  public static final int MAX_QUANTITY = 99;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "cart_id", nullable = false)
  private Cart cart;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "variant_id", nullable = false)
  private ProductVariant variant;

  @Column(name = "quantity", nullable = false)
  private int quantity;

  @Column(name = "added_at", nullable = false)
  private OffsetDateTime addedAt;

  protected CartLine() {}

  CartLine(Cart cart, ProductVariant variant, int quantity) {
    this.cart = Require.present(cart, "cart");
    this.variant = Require.present(variant, "variant");
    changeQuantity(quantity);
    this.addedAt = DatabaseTime.now();
  }

  /** Sets the quantity, 1 to {@value #MAX_QUANTITY}; to empty a line, remove it from the cart. */
  void changeQuantity(int newQuantity) {
    Require.atLeast(newQuantity, 1, "cart line quantity");
    if (newQuantity > MAX_QUANTITY) {
      throw new IllegalArgumentException(
          "cart line quantity must be at most " + MAX_QUANTITY + ", was " + newQuantity);
    }
    this.quantity = newQuantity;
  }

  /** Price of the line at the variant's current price. */
  public BigDecimal lineTotal() {
    return variant.getPrice().multiply(BigDecimal.valueOf(quantity));
  }

  public Long getId() {
    return id;
  }

  public Cart getCart() {
    return cart;
  }

  public ProductVariant getVariant() {
    return variant;
  }

  public int getQuantity() {
    return quantity;
  }

  public OffsetDateTime getAddedAt() {
    return addedAt;
  }
}
