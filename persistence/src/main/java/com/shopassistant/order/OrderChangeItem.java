package com.shopassistant.order;

import com.shopassistant.ops.Require;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One item of a return (no new item) or an exchange (the item wanted instead). */
@Entity
@Table(name = "order_change_item")
public class OrderChangeItem {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "change_id", nullable = false)
  private OrderChange change;

  @Column(name = "item_code", nullable = false, length = 64)
  private String itemCode;

  @Column(name = "new_item_code", length = 64)
  private String newItemCode;

  protected OrderChangeItem() {}

  OrderChangeItem(OrderChange change, String itemCode, String newItemCode) {
    this.change = Require.present(change, "order change");
    this.itemCode = Require.text(itemCode, "item code", 64);
    this.newItemCode = Require.optionalText(newItemCode, "new item code", 64);
  }

  public Long getId() {
    return id;
  }

  public OrderChange getChange() {
    return change;
  }

  public String getItemCode() {
    return itemCode;
  }

  /** The exchange target; null for a returned item. */
  public String getNewItemCode() {
    return newItemCode;
  }
}
