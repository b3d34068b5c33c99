package com.shopassistant.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.shopassistant.customer.Customer;
import com.shopassistant.customer.PaymentMethod;
import com.shopassistant.customer.PostalAddress;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An order's views, from an order built through the entities' own rules. */
class OrderViewTest {

  private static final PostalAddress TO =
      new PostalAddress("1 Main St", null, "Austin", "TX", "78701", "USA");

  private final Customer buyer = Customer.guest("guest-1");
  private final PaymentMethod gift = buyer.addGiftCard("gift_card_1", new BigDecimal("500.00"));

  /** Two mats and a bottle, paid, shipped, delivered, then one mat asked back. */
  private CustomerOrder deliveredThenReturned() {
    CustomerOrder order = CustomerOrder.imported("#W1", buyer, TO, OrderStatus.PENDING);
    LineItem mat =
        new LineItem(null, "P1", "I1", "Yoga Mat", new BigDecimal("30.00"), 2, Map.of("c", "red"));
    order.addLine(mat);
    order.addLine(new LineItem(null, "P2", "I2", "Bottle", new BigDecimal("12.50"), 1, Map.of()));
    order.recordPayment(gift, order.getTotals().getTotal());
    order.markProcessed();
    order.addFulfilment("TRK-1", "UPS", List.of("I1", "I2"));
    order.markDelivered();
    order.requestReturn(List.of("I1"), "gift_card_1", "too thin");
    return order;
  }

  @Test
  void theDetailShowsEverySectionOfTheOrder() {
    OrderView view = OrderView.of(deliveredThenReturned());

    assertThat(view.orderNumber()).isEqualTo("#W1");
    assertThat(view.status()).isEqualTo(OrderStatus.RETURN_REQUESTED);
    assertThat(view.shippingAddress().city()).isEqualTo("Austin");
    assertThat(view.lines())
        .extracting(OrderView.Line::lineNo, OrderView.Line::itemCode, OrderView.Line::lineTotal)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, "I1", new BigDecimal("60.00")),
            org.assertj.core.groups.Tuple.tuple(2, "I2", new BigDecimal("12.50")));
    assertThat(view.lines().get(0).options()).containsExactly(entry("c", "red"));
    assertThat(view.subtotal()).isEqualByComparingTo("72.50");
    assertThat(view.total()).isEqualByComparingTo("72.50");
    assertThat(view.fulfilments())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.trackingId()).isEqualTo("TRK-1");
              assertThat(s.carrier()).isEqualTo("UPS");
              assertThat(s.itemCodes()).containsExactly("I1", "I2");
            });
    assertThat(view.payments())
        .extracting(OrderView.Payment::kind, OrderView.Payment::paymentMethodCode)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(TransactionKind.PAYMENT, "gift_card_1"));
    assertThat(view.changes())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.kind()).isEqualTo(OrderChangeKind.RETURN);
              assertThat(c.items()).containsExactly(new OrderView.ChangeItem("I1", null));
              assertThat(c.reason()).isEqualTo("too thin");
            });
  }

  @Test
  void theDetailsJsonCarriesNoEntityInternals() throws Exception {
    try (Jsonb jsonb = JsonbBuilder.create()) {
      String json = jsonb.toJson(OrderView.of(deliveredThenReturned()));

      assertThat(json)
          .startsWith("{\"orderNumber\":\"#W1\",\"status\":\"RETURN_REQUESTED\"")
          .contains("\"trackingId\":\"TRK-1\"", "\"lineTotal\":60.00")
          .doesNotContain("version", "customer", "\"id\"", "variant", "idempotency");
    }
  }

  @Test
  void aSummaryPageCountsItsPages() {
    OrderSummary summary =
        new OrderSummary(
            "#W1", OrderStatus.PENDING, OffsetDateTime.now(), new BigDecimal("9.99"), "USD", 3L);

    OrderPageView page = OrderPageView.of(new OrderPage(List.of(summary), 2, 1, 3));

    assertThat(page.items())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.orderNumber()).isEqualTo("#W1");
              assertThat(s.itemCount()).isEqualTo(3);
              assertThat(s.total()).isEqualByComparingTo("9.99");
            });
    assertThat(page.totalPages()).isEqualTo(3);
  }
}
