package com.shopassistant.order;

import com.shopassistant.ops.DatabaseTime;
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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A shipment of some of an order's items under one tracking id. The item codes are a list, not a
 * set: tau2 ships an item listed twice on an order twice, so its code appears twice here.
 */
@Entity
@Table(name = "fulfilment")
public class Fulfilment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "order_id", nullable = false)
  private CustomerOrder order;

  @Column(name = "tracking_id", nullable = false, length = 100)
  private String trackingId;

  @Column(name = "carrier", length = 100)
  private String carrier;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  // The index column gives the table a key although the same code may repeat.
  @ElementCollection
  @CollectionTable(name = "fulfilment_item", joinColumns = @JoinColumn(name = "fulfilment_id"))
  @OrderColumn(name = "item_index")
  @Column(name = "item_code", nullable = false, length = 64)
  private List<String> itemCodes = new ArrayList<>();

  protected Fulfilment() {}

  Fulfilment(CustomerOrder order, String trackingId, String carrier, List<String> itemCodes) {
    this.order = Require.present(order, "order");
    this.trackingId = Require.text(trackingId, "tracking id", 100);
    this.carrier = Require.optionalText(carrier, "carrier", 100);
    if (itemCodes == null || itemCodes.isEmpty()) {
      throw new IllegalArgumentException("a fulfilment ships at least one item");
    }
    itemCodes.forEach(code -> this.itemCodes.add(Require.text(code, "item code", 64)));
    this.createdAt = DatabaseTime.now();
  }

  public Long getId() {
    return id;
  }

  public CustomerOrder getOrder() {
    return order;
  }

  public String getTrackingId() {
    return trackingId;
  }

  public String getCarrier() {
    return carrier;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  public List<String> getItemCodes() {
    return Collections.unmodifiableList(itemCodes);
  }
}
