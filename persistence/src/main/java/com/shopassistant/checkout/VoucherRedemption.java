package com.shopassistant.checkout;

import com.shopassistant.customer.Customer;
import com.shopassistant.ops.DatabaseTime;
import com.shopassistant.ops.Require;
import com.shopassistant.order.CustomerOrder;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One use of a voucher on an order; counted to enforce the per-customer limit. */
@Entity
@Table(name = "voucher_redemption")
@NamedQuery(
    name = VoucherRedemption.COUNT_BY_VOUCHER_AND_CUSTOMER,
    query =
        "select count(r) from VoucherRedemption r"
            + " where r.voucher.id = :voucherId and r.customer.id = :customerId")
@NamedQuery(
    name = VoucherRedemption.FIND_BY_ORDER,
    query = "select r from VoucherRedemption r where r.order.id = :orderId")
public class VoucherRedemption {

  public static final String COUNT_BY_VOUCHER_AND_CUSTOMER =
      "VoucherRedemption.countByVoucherAndCustomer";
  public static final String FIND_BY_ORDER = "VoucherRedemption.findByOrder";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "voucher_id", nullable = false)
  private Voucher voucher;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "customer_id", nullable = false)
  private Customer customer;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "order_id", nullable = false)
  private CustomerOrder order;

  @Column(name = "redeemed_at", nullable = false)
  private OffsetDateTime redeemedAt;

  protected VoucherRedemption() {}

  /**
   * Records that {@code customer} used {@code voucher} on {@code order}, counting the use on the
   * voucher so its total limit holds.
   */
  public static VoucherRedemption redeem(Voucher voucher, Customer customer, CustomerOrder order) {
    VoucherRedemption redemption = new VoucherRedemption();
    redemption.voucher = Require.present(voucher, "voucher");
    redemption.customer = Require.present(customer, "customer");
    redemption.order = Require.present(order, "order");
    voucher.recordUse();
    redemption.redeemedAt = DatabaseTime.now();
    return redemption;
  }

  public Long getId() {
    return id;
  }

  public Voucher getVoucher() {
    return voucher;
  }

  public Customer getCustomer() {
    return customer;
  }

  public CustomerOrder getOrder() {
    return order;
  }

  public OffsetDateTime getRedeemedAt() {
    return redeemedAt;
  }
}
