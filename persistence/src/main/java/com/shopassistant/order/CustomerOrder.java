package com.shopassistant.order;

import com.shopassistant.catalog.ProductVariant;
import com.shopassistant.customer.Customer;
import com.shopassistant.customer.PaymentMethod;
import com.shopassistant.customer.PostalAddress;
import com.shopassistant.ops.DatabaseTime;
import com.shopassistant.ops.Require;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A placed order (tau2 {@code #W2611340}). It numbers its lines, keeps its totals in step with them
 * and enforces tau2's order-care rules: only pending orders are cancelled, re-addressed or have
 * items switched; only delivered orders are returned or exchanged; refunds never exceed what was
 * paid. Money moves on payment methods are the caller's job, because imported history must not move
 * balances again.
 */
@Entity
@Table(name = "customer_order")
@NamedQuery(
    name = CustomerOrder.FIND_BY_NUMBER,
    query = "select o from CustomerOrder o where o.orderNumber = :orderNumber")
@NamedQuery(
    name = CustomerOrder.FIND_BY_CUSTOMER,
    query =
        "select o from CustomerOrder o where o.customer.id = :customerId"
            + " order by o.createdAt desc, o.id desc")
@NamedQuery(
    name = CustomerOrder.FIND_BY_IDEMPOTENCY_KEY,
    query =
        "select o from CustomerOrder o"
            + " where o.customer.id = :customerId and o.idempotencyKey = :idempotencyKey")
@NamedQuery(
    name = CustomerOrder.SUMMARIES_BY_CUSTOMER,
    query =
        "select new com.shopassistant.order.OrderSummary(o.orderNumber, o.status, o.createdAt,"
            + " o.totals.total, o.currency, sum(l.quantity))"
            + " from CustomerOrder o left join o.lines l where o.customer.id = :customerId"
            + " group by o.id, o.orderNumber, o.status, o.createdAt, o.totals.total, o.currency"
            + " order by o.createdAt desc, o.id desc")
@NamedQuery(
    name = CustomerOrder.COUNT_BY_CUSTOMER,
    query = "select count(o) from CustomerOrder o where o.customer.id = :customerId")
// Batch hints: each collection of the order (and the collections inside them) is read for all
// its owners in one statement when first touched, so an order's detail costs a fixed number of
// statements however many lines, shipments or changes it has.
@NamedQuery(
    name = CustomerOrder.FIND_OWN_BY_NUMBERS,
    query =
        "select o from CustomerOrder o"
            + " where o.customer.id = :customerId and o.orderNumber in :orderNumbers",
    hints = {
      @QueryHint(name = "eclipselink.batch.type", value = "IN"),
      @QueryHint(name = "eclipselink.batch", value = "o.lines"),
      @QueryHint(name = "eclipselink.batch", value = "o.lines.options"),
      @QueryHint(name = "eclipselink.batch", value = "o.fulfilments"),
      @QueryHint(name = "eclipselink.batch", value = "o.fulfilments.itemCodes"),
      @QueryHint(name = "eclipselink.batch", value = "o.payments"),
      @QueryHint(name = "eclipselink.batch", value = "o.changes"),
      @QueryHint(name = "eclipselink.batch", value = "o.changes.items")
    })
@NamedQuery(name = CustomerOrder.COUNT, query = "select count(o) from CustomerOrder o")
@NamedQuery(
    name = CustomerOrder.COUNT_BY_STATUS,
    query = "select count(o) from CustomerOrder o where o.status = :status")
public class CustomerOrder {

  public static final String FIND_BY_NUMBER = "CustomerOrder.findByNumber";
  public static final String FIND_BY_CUSTOMER = "CustomerOrder.findByCustomer";
  public static final String FIND_BY_IDEMPOTENCY_KEY = "CustomerOrder.findByIdempotencyKey";

  /**
   * A page of a customer's orders as {@link OrderSummary}, newest first, in one statement;
   * parameter {@code customerId}.
   */
  public static final String SUMMARIES_BY_CUSTOMER = "CustomerOrder.summariesByCustomer";

  public static final String COUNT_BY_CUSTOMER = "CustomerOrder.countByCustomer";

  /**
   * The customer's orders among {@code orderNumbers} (a list), another customer's never; its hints
   * batch the reading of every collection of the order.
   */
  public static final String FIND_OWN_BY_NUMBERS = "CustomerOrder.findOwnByNumbers";

  public static final String COUNT = "CustomerOrder.count";
  public static final String COUNT_BY_STATUS = "CustomerOrder.countByStatus";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "order_number", nullable = false, unique = true, length = 32)
  private String orderNumber;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "customer_id", nullable = false)
  private Customer customer;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 30)
  private OrderStatus status;

  @Embedded private PostalAddress shippingAddress;

  @Embedded private OrderTotals totals;

  @Column(name = "currency", nullable = false, length = 3)
  private String currency;

  @Column(name = "voucher_code", length = 64)
  private String voucherCode;

  @Column(name = "idempotency_key", length = 100)
  private String idempotencyKey;

  @Column(name = "cancel_reason", length = 500)
  private String cancelReason;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("lineNo")
  private List<OrderLine> lines = new ArrayList<>();

  @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("id")
  private List<Fulfilment> fulfilments = new ArrayList<>();

  @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("id")
  private List<PaymentTransaction> payments = new ArrayList<>();

  @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("id")
  private List<OrderChange> changes = new ArrayList<>();

  protected CustomerOrder() {}

  /** A new, empty, pending order; {@code idempotencyKey} may be null. */
  public CustomerOrder(
      String orderNumber,
      Customer customer,
      PostalAddress shipTo,
      String currency,
      String idempotencyKey) {
    this.orderNumber = Require.text(orderNumber, "order number", 32);
    this.customer = Require.present(customer, "customer");
    this.shippingAddress = Require.present(shipTo, "shipping address");
    this.currency = validCurrency(currency);
    this.idempotencyKey = Require.optionalText(idempotencyKey, "idempotency key", 100);
    this.status = OrderStatus.PENDING;
    this.totals = OrderTotals.zero();
    this.createdAt = DatabaseTime.now();
    this.updatedAt = createdAt;
  }

  /** An order recorded elsewhere (tau2), in USD, in the status it had there. */
  public static CustomerOrder imported(
      String orderNumber, Customer customer, PostalAddress shipTo, OrderStatus status) {
    CustomerOrder order = new CustomerOrder(orderNumber, customer, shipTo, "USD", null);
    order.status = Require.present(status, "status");
    return order;
  }

  private static String validCurrency(String code) {
    String value = Require.text(code, "currency", 3).toUpperCase(Locale.ROOT);
    if (!value.matches("[A-Z]{3}")) {
      throw new IllegalArgumentException("currency must be an ISO 4217 code, was '" + code + "'");
    }
    return value;
  }

  /** Adds the variant as sold now. */
  public OrderLine addLine(ProductVariant variant, int quantity) {
    return addLine(LineItem.of(variant, quantity));
  }

  /** Adds a line numbered after the last one; lines are fixed once a payment is recorded. */
  public OrderLine addLine(LineItem item) {
    if (payments.stream().anyMatch(p -> p.getKind() == TransactionKind.PAYMENT)) {
      throw new IllegalStateException("order " + orderNumber + " is paid; its lines are fixed");
    }
    int next = lines.stream().mapToInt(OrderLine::getLineNo).max().orElse(0) + 1;
    OrderLine line = new OrderLine(this, next, item);
    lines.add(line);
    recalculate();
    return line;
  }

  public Optional<OrderLine> line(int lineNo) {
    return lines.stream().filter(l -> l.getLineNo() == lineNo).findFirst();
  }

  /**
   * Switches a pending order's line to another option of the same product, at its current price.
   * Returns what the customer owes (positive) or is owed (negative) for the switch.
   */
  public BigDecimal switchItem(int lineNo, ProductVariant newVariant) {
    requireStatus(OrderStatus.PENDING, "have items switched");
    OrderLine line =
        line(lineNo).orElseThrow(() -> new IllegalArgumentException("order has no line " + lineNo));
    LineItem item = LineItem.of(newVariant, line.getQuantity());
    if (!item.productCode().equals(line.getProductCode())) {
      throw new IllegalArgumentException(
          "item " + item.itemCode() + " is not an option of product " + line.getProductCode());
    }
    BigDecimal before = line.lineTotal();
    line.record(item);
    recalculate();
    return line.lineTotal().subtract(before);
  }

  /** Records a voucher's discount; it cannot exceed the subtotal. */
  public void applyDiscount(BigDecimal amount, String voucher) {
    this.totals = totals.withDiscount(amount);
    String code = Require.optionalText(voucher, "voucher code", 64);
    this.voucherCode = code == null ? null : code.toUpperCase(Locale.ROOT);
    touch();
  }

  private void recalculate() {
    BigDecimal sum =
        lines.stream().map(OrderLine::lineTotal).reduce(BigDecimal.ZERO, BigDecimal::add);
    this.totals = totals.withSubtotal(sum);
    touch();
  }

  public void changeShippingAddress(PostalAddress newAddress) {
    requireStatus(OrderStatus.PENDING, "be re-addressed");
    this.shippingAddress = Require.present(newAddress, "shipping address");
    touch();
  }

  /** Moves a pending order on, including one whose items were modified. */
  public void markProcessed() {
    if (status != OrderStatus.PENDING_ITEMS_MODIFIED) {
      requireStatus(OrderStatus.PENDING, "be processed");
    }
    moveTo(OrderStatus.PROCESSED);
  }

  /**
   * Closes a pending order to further care after its items were switched: tau2 allows that once,
   * and afterwards no cancellation or other modification.
   */
  public void markItemsModified() {
    requireStatus(OrderStatus.PENDING, "have their items modified");
    moveTo(OrderStatus.PENDING_ITEMS_MODIFIED);
  }

  public void markDelivered() {
    requireStatus(OrderStatus.PROCESSED, "be delivered");
    moveTo(OrderStatus.DELIVERED);
  }

  /**
   * Cancels a pending order for the reason given (tau2 accepts two reasons; the service checks).
   */
  public void cancel(String reason) {
    requireStatus(OrderStatus.PENDING, "be cancelled");
    this.cancelReason = Require.text(reason, "cancel reason", 500);
    moveTo(OrderStatus.CANCELLED);
  }

  /** Asks to send delivered items back, refunded to {@code refundTo} (a payment method code). */
  public OrderChange requestReturn(List<String> itemCodes, String refundTo, String reason) {
    requireStatus(OrderStatus.DELIVERED, "be returned");
    OrderItems.of(lines).requireContains(itemCodes == null ? List.of() : itemCodes);
    OrderChange change = OrderChange.returnOf(this, itemCodes, refundTo, reason);
    changes.add(change);
    moveTo(OrderStatus.RETURN_REQUESTED);
    return change;
  }

  /** Asks to swap delivered items for other options; see {@link OrderChange#exchangeOf}. */
  public OrderChange requestExchange(
      List<ItemSwap> swaps, String paymentMethodCode, BigDecimal priceDifference, String reason) {
    requireStatus(OrderStatus.DELIVERED, "be exchanged");
    List<ItemSwap> wanted = swaps == null ? List.of() : swaps;
    OrderItems.of(lines).requireContains(wanted.stream().map(ItemSwap::itemCode).toList());
    OrderChange change =
        OrderChange.exchangeOf(this, wanted, paymentMethodCode, priceDifference, reason);
    changes.add(change);
    moveTo(OrderStatus.EXCHANGE_REQUESTED);
    return change;
  }

  /** Records a shipment of items on this order under one tracking id. */
  public Fulfilment addFulfilment(String trackingId, String carrier, List<String> itemCodes) {
    OrderItems.of(lines).requireEachListed(itemCodes == null ? List.of() : itemCodes);
    Fulfilment fulfilment = new Fulfilment(this, trackingId, carrier, itemCodes);
    fulfilments.add(fulfilment);
    touch();
    return fulfilment;
  }

  public PaymentTransaction recordPayment(PaymentMethod method, BigDecimal amount) {
    return record(TransactionKind.PAYMENT, Require.present(method, "payment method"), amount);
  }

  public PaymentTransaction recordRefund(PaymentMethod method, BigDecimal amount) {
    return record(TransactionKind.REFUND, Require.present(method, "payment method"), amount);
  }

  private PaymentTransaction record(TransactionKind kind, PaymentMethod method, BigDecimal amount) {
    PaymentTransaction tx = new PaymentTransaction(this, kind, amount, method);
    if (netPaid().add(tx.signedAmount()).signum() < 0) {
      throw new IllegalStateException(
          "order " + orderNumber + " has " + netPaid() + " paid, cannot refund " + tx.getAmount());
    }
    payments.add(tx);
    touch();
    return tx;
  }

  /** Payments minus refunds. */
  public BigDecimal netPaid() {
    return payments.stream()
        .map(PaymentTransaction::signedAmount)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private void requireStatus(OrderStatus required, String action) {
    if (status != required) {
      throw new IllegalStateException(
          String.format(
              "order %s is %s; only %s orders can %s", orderNumber, status, required, action));
    }
  }

  private void moveTo(OrderStatus next) {
    this.status = next;
    touch();
  }

  private void touch() {
    this.updatedAt = DatabaseTime.now();
  }

  public Long getId() {
    return id;
  }

  public String getOrderNumber() {
    return orderNumber;
  }

  public Customer getCustomer() {
    return customer;
  }

  public OrderStatus getStatus() {
    return status;
  }

  public PostalAddress getShippingAddress() {
    return shippingAddress;
  }

  public OrderTotals getTotals() {
    return totals;
  }

  public String getCurrency() {
    return currency;
  }

  public String getVoucherCode() {
    return voucherCode;
  }

  public String getIdempotencyKey() {
    return idempotencyKey;
  }

  public String getCancelReason() {
    return cancelReason;
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

  public List<OrderLine> getLines() {
    return Collections.unmodifiableList(lines);
  }

  public List<Fulfilment> getFulfilments() {
    return Collections.unmodifiableList(fulfilments);
  }

  public List<PaymentTransaction> getPayments() {
    return Collections.unmodifiableList(payments);
  }

  public List<OrderChange> getChanges() {
    return Collections.unmodifiableList(changes);
  }
}
