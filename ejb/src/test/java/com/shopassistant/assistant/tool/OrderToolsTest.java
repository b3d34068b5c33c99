package com.shopassistant.assistant.tool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.shopassistant.order.CustomerOrder;
import com.shopassistant.order.OrderPage;
import com.shopassistant.order.OrderStatus;
import com.shopassistant.order.OrderSummary;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OrderToolsTest {

  private final Tools tools = new Tools();
  private final Entities store = new Entities();

  @Test
  void listOrdersAsksForTheCallersPageOfTen() {
    OrderSummary order =
        new OrderSummary(
            "#W1000001",
            OrderStatus.DELIVERED,
            OffsetDateTime.of(2026, 5, 1, 23, 30, 0, 0, ZoneOffset.ofHours(-5)),
            new BigDecimal("47.84"),
            "USD",
            2L);
    when(tools.orders.page(Tools.CUSTOMER, 2, 10))
        .thenReturn(new OrderPage(List.of(order), 2, 10, 21));

    ToolResult result = tools.run("list_orders", Map.of("page", 2));

    verify(tools.orders).page(Tools.CUSTOMER, 2, 10);
    assertThat(result.data())
        .isEqualTo(
            Map.of(
                "total",
                21L,
                "orders",
                List.of(
                    Map.of(
                        "order_number",
                        "#W1000001",
                        "status",
                        "DELIVERED",
                        "total",
                        "47.84",
                        "placed_at",
                        "2026-05-02",
                        "items",
                        2L)),
                "more_orders",
                10L,
                "page",
                2));
  }

  @Test
  void orderDetailsShowItemsMoneyAndWhereItShips() {
    CustomerOrder order = store.pendingOrder();
    when(tools.orders.find(Tools.CUSTOMER, "W1000001")).thenReturn(Optional.of(order));

    ToolResult result = tools.run("get_order_details", Map.of("order_number", "W1000001"));

    assertThat(result.data())
        .containsEntry("order_number", "#W1000001")
        .containsEntry("status", "PENDING")
        .containsEntry("ship_to", "215 River Road, Suite 991, New York, NY, 10083, USA")
        .containsEntry(
            "items",
            List.of(
                Map.of(
                    "item_code",
                    "6469567736",
                    "product",
                    "Desk Lamp",
                    "options",
                    "color: white",
                    "price",
                    "47.84")))
        .containsEntry("total", "47.84")
        .containsEntry(
            "payments",
            List.of(Map.of("kind", "PAYMENT", "amount", "47.84", "method", "credit_card_1")))
        .doesNotContainKeys("discount", "fulfilments", "changes", "cancel_reason");
  }

  @Test
  void anotherCustomersOrderIsNotFound() {
    when(tools.orders.find(Tools.CUSTOMER, "#W9")).thenReturn(Optional.empty());

    assertThat(tools.run("get_order_details", Map.of("order_number", "#W9")).data())
        .isEqualTo(Map.of("error", "not-found", "detail", "You have no order #W9."));
  }
}
