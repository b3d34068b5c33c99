package com.shopassistant.order;

import com.shopassistant.catalog.ProductVariant;
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
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One line of an order, numbered from 1. tau2 orders may list the same item twice, so lines are
 * told apart by {@code line_no}, never by item code. Everything shown to the customer is a snapshot
 * taken at purchase; the variant link is only for stock and may be null once the variant is gone.
 */
@Entity
@Table(name = "order_line")
public class OrderLine {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "order_id", nullable = false)
  private CustomerOrder order;

  @Column(name = "line_no", nullable = false)
  private int lineNo;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "variant_id")
  private ProductVariant variant;

  @Column(name = "product_code", nullable = false, length = 64)
  private String productCode;

  @Column(name = "item_code", nullable = false, length = 64)
  private String itemCode;

  @Column(name = "product_name", nullable = false, length = 200)
  private String productName;

  @Column(name = "unit_price", nullable = false, precision = 14, scale = 2)
  private BigDecimal unitPrice;

  @Column(name = "quantity", nullable = false)
  private int quantity;

  @ElementCollection
  @CollectionTable(name = "order_line_option", joinColumns = @JoinColumn(name = "order_line_id"))
  @MapKeyColumn(name = "option_name", length = 100)
  @Column(name = "option_value", nullable = false, length = 200)
  private Map<String, String> options = new HashMap<>();

  protected OrderLine() {}

  OrderLine(CustomerOrder order, int lineNo, LineItem item) {
    this.order = Require.present(order, "order");
    this.lineNo = Require.atLeast(lineNo, 1, "line number");
    record(item);
  }

  /** Replaces the snapshot, as when a pending order's item is switched to another option. */
  void record(LineItem item) {
    Require.present(item, "line item");
    this.variant = item.variant();
    this.productCode = item.productCode();
    this.itemCode = item.itemCode();
    this.productName = item.productName();
    this.unitPrice = item.unitPrice();
    this.quantity = item.quantity();
    this.options.clear();
    this.options.putAll(item.options());
  }

  /** Unit price times quantity. */
  public BigDecimal lineTotal() {
    return unitPrice.multiply(BigDecimal.valueOf(quantity));
  }

  public Long getId() {
    return id;
  }

  public CustomerOrder getOrder() {
    return order;
  }

  public int getLineNo() {
    return lineNo;
  }

  /** The variant bought, or null if it was removed from the catalog since. */
  public ProductVariant getVariant() {
    return variant;
  }

  public String getProductCode() {
    return productCode;
  }

  public String getItemCode() {
    return itemCode;
  }

  public String getProductName() {
    return productName;
  }

  public BigDecimal getUnitPrice() {
    return unitPrice;
  }

  public int getQuantity() {
    return quantity;
  }

  /** The options at purchase, ordered by name, read-only. */
  public SortedMap<String, String> getOptions() {
    return Collections.unmodifiableSortedMap(new TreeMap<>(options));
  }

  @Override
  public String toString() {
    return "OrderLine[" + lineNo + ": " + quantity + " x " + itemCode + "]";
  }
}
