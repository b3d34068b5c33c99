package com.shopassistant.catalog;

import com.shopassistant.ops.Require;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One sellable form of a product (tau2 {@code item_id}): its options, price and stock. Stock is
 * changed only through {@link #decrementStock} and {@link #incrementStock}, which never let it go
 * below zero; the version column makes two instances selling the last unit conflict.
 */
@Entity
@Table(name = "product_variant")
@NamedQuery(
    name = ProductVariant.FIND_BY_CODE,
    query = "select v from ProductVariant v where v.code = :code")
@NamedQuery(
    name = ProductVariant.FIND_BY_PRODUCT,
    query = "select v from ProductVariant v where v.product.code = :productCode order by v.code")
@NamedQuery(name = ProductVariant.COUNT, query = "select count(v) from ProductVariant v")
public class ProductVariant {

  public static final String FIND_BY_CODE = "ProductVariant.findByCode";
  public static final String FIND_BY_PRODUCT = "ProductVariant.findByProduct";
  public static final String COUNT = "ProductVariant.count";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "product_id", nullable = false)
  private Product product;

  @Column(name = "code", nullable = false, unique = true, length = 64)
  private String code;

  @Column(name = "price", nullable = false, precision = 14, scale = 2)
  private BigDecimal price;

  @Column(name = "stock_quantity", nullable = false)
  private int stockQuantity;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  @ElementCollection
  @CollectionTable(name = "variant_option", joinColumns = @JoinColumn(name = "variant_id"))
  @MapKeyColumn(name = "option_name", length = 100)
  @Column(name = "option_value", nullable = false, length = 200)
  private Map<String, String> options = new HashMap<>();

  protected ProductVariant() {}

  ProductVariant(
      Product product, String code, BigDecimal price, int stockQuantity, Map<String, String> opts) {
    this.product = Require.present(product, "product");
    this.code = Require.text(code, "item code", 64);
    this.price = validPrice(price);
    this.stockQuantity = Require.atLeast(stockQuantity, 0, "stock quantity");
    if (opts != null) {
      opts.forEach(this::putOption);
    }
  }

  /** Takes {@code quantity} units out of stock, refusing to go below zero. */
  public void decrementStock(int quantity) {
    Require.atLeast(quantity, 1, "quantity to take from stock");
    if (quantity > stockQuantity) {
      throw new IllegalStateException(
          "only " + stockQuantity + " of item " + code + " in stock, cannot take " + quantity);
    }
    stockQuantity -= quantity;
  }

  /** Puts {@code quantity} units back (a cancellation, a return, a delivery from a supplier). */
  public void incrementStock(int quantity) {
    Require.atLeast(quantity, 1, "quantity to add to stock");
    stockQuantity = Math.addExact(stockQuantity, quantity);
  }

  /** Sets the stock to a counted figure, as after a stock take or an import. */
  public void adjustStockTo(int counted) {
    this.stockQuantity = Require.atLeast(counted, 0, "stock quantity");
  }

  /** Sellable now: the product is on sale and at least one unit is in stock. */
  public boolean isAvailable() {
    return product.isActive() && stockQuantity > 0;
  }

  /** Whether {@code quantity} units could be sold now. */
  public boolean canSupply(int quantity) {
    return product.isActive() && quantity >= 1 && quantity <= stockQuantity;
  }

  /** Reprices the variant; its product's price range follows. */
  public void changePrice(BigDecimal newPrice) {
    this.price = validPrice(newPrice);
    product.refreshPriceRange();
  }

  private static BigDecimal validPrice(BigDecimal price) {
    return Require.notNegative(Require.money(price, "price"), "price");
  }

  /** Sets one option (for example {@code color} to {@code blue}), replacing any earlier value. */
  public void putOption(String name, String value) {
    options.put(Require.text(name, "option name", 100), Require.text(value, "option value", 200));
  }

  public void removeOption(String name) {
    options.remove(name);
  }

  public Optional<String> option(String name) {
    return Optional.ofNullable(options.get(name));
  }

  public Long getId() {
    return id;
  }

  public Product getProduct() {
    return product;
  }

  public String getCode() {
    return code;
  }

  public BigDecimal getPrice() {
    return price;
  }

  public int getStockQuantity() {
    return stockQuantity;
  }

  public long getVersion() {
    return version;
  }

  /** The options ordered by name, read-only. */
  public SortedMap<String, String> getOptions() {
    return Collections.unmodifiableSortedMap(new TreeMap<>(options));
  }

  @Override
  public String toString() {
    return "ProductVariant[" + code + "]";
  }
}
