package com.shopassistant.importer;

import com.shopassistant.customer.PostalAddress;
import com.shopassistant.order.OrderChangeKind;
import com.shopassistant.order.OrderStatus;
import com.shopassistant.order.TransactionKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The demo store's order history: one order in each status the assistant's order care handles
 * (pending to cancel or modify, processed, delivered to return or exchange, and the results of a
 * cancellation, a return request and an exchange request), plus an order listing one item twice.
 */
final class DemoOrders {

  private final Map<String, ProductRecord> productsByName;
  private final Map<String, CustomerRecord> customersByHandle;
  private final Random random;

  DemoOrders(List<ProductRecord> products, List<CustomerRecord> customers, Random random) {
    this.productsByName =
        products.stream().collect(Collectors.toMap(ProductRecord::name, Function.identity()));
    this.customersByHandle =
        customers.stream().collect(Collectors.toMap(CustomerRecord::handle, Function.identity()));
    this.random = random;
  }

  /** The orders, by number. */
  List<OrderRecord> orders() {
    List<OrderRecord> orders = new ArrayList<>(placedOrders());
    orders.addAll(ordersAfterCare());
    orders.sort(Comparator.comparing(OrderRecord::number));
    return List.copyOf(orders);
  }

  /** Orders as checkout leaves them and delivery moves them on; one lists an item twice. */
  private List<OrderRecord> placedOrders() {
    OrderLineRecord mat = line("Yoga Mat", 0);
    return List.of(
        order(
            "#D1000001",
            "demo_alice",
            "home",
            OrderStatus.DELIVERED,
            "credit_card_demo_alice",
            List.of(line("Wireless Noise-Cancelling Headphones", 0), line("T-Shirt", 5))),
        order(
            "#D1000002",
            "demo_alice",
            "office",
            OrderStatus.PENDING,
            "gift_card_demo_alice",
            List.of(line("E-Reader", 0))),
        order(
            "#D1000003",
            "demo_bob",
            "home",
            OrderStatus.PROCESSED,
            "paypal_demo_bob",
            List.of(line("Smartphone", 3), line("Bluetooth Speaker", 0))),
        order(
            "#D1000007",
            "demo_erin",
            "home",
            OrderStatus.DELIVERED,
            "credit_card_demo_erin",
            List.of(mat, mat, line("Insulated Water Bottle", 2))),
        order(
            "#D1000008",
            "demo_erin",
            "home",
            OrderStatus.PENDING,
            "credit_card_demo_erin",
            List.of(line("Wireless Earbuds", 1))));
  }

  /** Orders that order care has acted on: a cancellation, a return and an exchange request. */
  private List<OrderRecord> ordersAfterCare() {
    OrderLineRecord lamp = line("Desk Lamp", 1);
    OrderRecord returned =
        order(
            "#D1000005",
            "demo_carol",
            "office",
            OrderStatus.RETURN_REQUESTED,
            "credit_card_demo_carol",
            List.of(line("Bookshelf", 0), lamp));
    return List.of(
        cancelled("#D1000004", "demo_carol", "credit_card_demo_carol", line("Espresso Machine", 1)),
        withChange(
            returned,
            new OrderChangeRecord(
                OrderChangeKind.RETURN,
                List.of(lamp.itemCode()),
                List.of(),
                "gift_card_demo_carol",
                null)),
        exchanged(
            "#D1000006",
            "demo_dave",
            "paypal_demo_dave",
            line("Running Shoes", 1),
            line("Running Shoes", 6)));
  }

  /** The n-th variant of the named product, as an order line priced as it is sold now. */
  private OrderLineRecord line(String productName, int variantIndex) {
    ProductRecord p = productsByName.get(productName);
    VariantRecord v = p.variants().get(variantIndex % p.variants().size());
    return new OrderLineRecord(p.code(), v.code(), p.name(), v.price(), 1, v.options());
  }

  /** An order paid in full, shipped in one parcel unless it is still pending. */
  private OrderRecord order(
      String number,
      String handle,
      String label,
      OrderStatus status,
      String paidWith,
      List<OrderLineRecord> lines) {
    BigDecimal total =
        lines.stream().map(OrderLineRecord::lineTotal).reduce(BigDecimal.ZERO, BigDecimal::add);
    List<String> items = lines.stream().map(OrderLineRecord::itemCode).toList();
    List<FulfilmentRecord> shipped =
        status == OrderStatus.PENDING || status == OrderStatus.CANCELLED
            ? List.of()
            : List.of(new FulfilmentRecord(List.of(trackingId()), items));
    return new OrderRecord(
        number,
        handle,
        address(handle, label),
        status,
        null,
        lines,
        shipped,
        List.of(new PaymentRecord(TransactionKind.PAYMENT, total, paidWith)),
        List.of());
  }

  private OrderRecord cancelled(
      String number, String handle, String paidWith, OrderLineRecord line) {
    OrderRecord o = order(number, handle, "home", OrderStatus.CANCELLED, paidWith, List.of(line));
    List<PaymentRecord> payments = new ArrayList<>(o.payments());
    payments.add(new PaymentRecord(TransactionKind.REFUND, line.lineTotal(), paidWith));
    return new OrderRecord(
        o.number(),
        o.customerHandle(),
        o.shippingAddress(),
        o.status(),
        "ordered by mistake",
        o.lines(),
        o.fulfilments(),
        payments,
        o.changes());
  }

  private OrderRecord exchanged(
      String number, String handle, String paidWith, OrderLineRecord item, OrderLineRecord wanted) {
    OrderRecord o =
        order(number, handle, "home", OrderStatus.EXCHANGE_REQUESTED, paidWith, List.of(item));
    BigDecimal difference = wanted.unitPrice().subtract(item.unitPrice());
    return withChange(
        o,
        new OrderChangeRecord(
            OrderChangeKind.EXCHANGE,
            List.of(item.itemCode()),
            List.of(wanted.itemCode()),
            paidWith,
            difference));
  }

  private static OrderRecord withChange(OrderRecord o, OrderChangeRecord change) {
    return new OrderRecord(
        o.number(),
        o.customerHandle(),
        o.shippingAddress(),
        o.status(),
        o.cancelReason(),
        o.lines(),
        o.fulfilments(),
        o.payments(),
        List.of(change));
  }

  private PostalAddress address(String handle, String label) {
    return customersByHandle.get(handle).addresses().stream()
        .filter(a -> a.label().equals(label))
        .findFirst()
        .orElseThrow()
        .postal();
  }

  // Twelve digits like tau2's tracking ids, drawn from the seeded generator.
  private String trackingId() {
    return String.format("%012d", Math.floorMod(random.nextLong(), 1_000_000_000_000L));
  }
}
