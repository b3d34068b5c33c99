package com.shopassistant.importer;

import static com.shopassistant.importer.Fixtures.SMALL_STORE;
import static com.shopassistant.importer.Fixtures.edited;
import static com.shopassistant.importer.Fixtures.json;
import static com.shopassistant.importer.Fixtures.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import com.shopassistant.order.CustomerOrder;
import com.shopassistant.order.OrderChangeItem;
import com.shopassistant.order.OrderChangeKind;
import com.shopassistant.order.OrderLine;
import com.shopassistant.order.OrderStatus;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** New orders built from records through the entity API, and compared back to their records. */
class OrderAssemblerTest {

  @Test
  void buildsLinesTotalsFulfilmentsAndPayments() throws Exception {
    StoreSnapshot s = read(json(SMALL_STORE));
    CustomerOrder order = InMemoryImport.of(s).orders.get("#W1");

    assertThat(order.getStatus()).isEqualTo(OrderStatus.DELIVERED);
    assertThat(order.getCurrency()).isEqualTo("USD");
    assertThat(order.getLines())
        .extracting(OrderLine::getLineNo, OrderLine::getItemCode)
        .containsExactly(tuple(1, "2000000001"), tuple(2, "2000000001"), tuple(3, "2000000003"));
    assertThat(order.getLines().get(0).getVariant().getCode()).isEqualTo("2000000001");
    assertThat(order.getLines().get(0).getOptions()).containsEntry("brightness", "high");
    assertThat(order.getTotals().getSubtotal()).isEqualByComparingTo("48.25");
    assertThat(order.getTotals().getDiscount()).isEqualByComparingTo("0");
    assertThat(order.getTotals().getTotal()).isEqualByComparingTo("48.25");
    assertThat(order.getFulfilments()).hasSize(1);
    assertThat(order.getFulfilments().get(0).getTrackingId()).isEqualTo("111122223333");
    assertThat(order.getPayments()).hasSize(1);
    assertThat(order.netPaid()).isEqualByComparingTo("48.25");
    assertThat(OrderComparison.differences(order, s.orders().get(0))).isEmpty();
  }

  @Test
  void givesACancelledOrderItsReasonAndRefund() throws Exception {
    String json =
        edited(
                SMALL_STORE,
                "\"status\": \"delivered\",",
                "\"status\": \"cancelled\", \"cancel_reason\": \"no longer needed\",")
            .replace(
                "\"amount\": 48.25, \"payment_method_id\": \"credit_card_1\"}",
                "\"amount\": 48.25, \"payment_method_id\": \"credit_card_1\"},"
                    + " {\"transaction_type\": \"refund\", \"amount\": 48.25,"
                    + " \"payment_method_id\": \"credit_card_1\"}");
    StoreSnapshot s = read(json);
    CustomerOrder order = InMemoryImport.of(s).orders.get("#W1");

    assertThat(order.getStatus()).isEqualTo(OrderStatus.CANCELLED);
    assertThat(order.getCancelReason()).isEqualTo("no longer needed");
    assertThat(order.netPaid()).isEqualByComparingTo("0");
    assertThat(OrderComparison.differences(order, s.orders().get(0))).isEmpty();
  }

  @Test
  void buildsAnItemModifiedPendingOrderInThatStatus() throws Exception {
    String json =
        edited(
            SMALL_STORE, "\"status\": \"delivered\",", "\"status\": \"pending (item modified)\",");
    StoreSnapshot s = read(json);
    CustomerOrder order = InMemoryImport.of(s).orders.get("#W1");

    assertThat(order.getStatus()).isEqualTo(OrderStatus.PENDING_ITEMS_MODIFIED);
    assertThat(order.netPaid()).isEqualByComparingTo("48.25");
    assertThat(OrderComparison.differences(order, s.orders().get(0))).isEmpty();
  }

  @Test
  void recordsARequestedExchangeWithItsItemsPairedByProduct() throws Exception {
    String json =
        edited(
            SMALL_STORE,
            "\"status\": \"delivered\",",
            "\"status\": \"exchange requested\", \"exchange_items\": [\"2000000001\"],"
                + " \"exchange_new_items\": [\"2000000002\"], \"exchange_payment_method_id\":"
                + " \"gift_card_1\", \"exchange_price_difference\": 0.5,");
    StoreSnapshot s = read(json);
    CustomerOrder order = InMemoryImport.of(s).orders.get("#W1");

    assertThat(order.getStatus()).isEqualTo(OrderStatus.EXCHANGE_REQUESTED);
    assertThat(order.getChanges()).hasSize(1);
    assertThat(order.getChanges().get(0).getKind()).isEqualTo(OrderChangeKind.EXCHANGE);
    assertThat(order.getChanges().get(0).getPriceDifference()).isEqualByComparingTo("0.50");
    assertThat(order.getChanges().get(0).getItems())
        .extracting(OrderChangeItem::getItemCode, OrderChangeItem::getNewItemCode)
        .containsExactly(tuple("2000000001", "2000000002"));
    assertThat(OrderComparison.differences(order, s.orders().get(0))).isEmpty();
  }

  @Test
  void recordsARequestedReturn() throws Exception {
    String json =
        edited(
            SMALL_STORE,
            "\"status\": \"delivered\",",
            "\"status\": \"return requested\", \"return_items\": [\"2000000001\", \"2000000001\"],"
                + " \"return_payment_method_id\": \"gift_card_1\",");
    StoreSnapshot s = read(json);
    CustomerOrder order = InMemoryImport.of(s).orders.get("#W1");

    assertThat(order.getStatus()).isEqualTo(OrderStatus.RETURN_REQUESTED);
    assertThat(order.getChanges().get(0).getItems()).hasSize(2);
    assertThat(order.getChanges().get(0).getPaymentMethodCode()).isEqualTo("gift_card_1");
    assertThat(OrderComparison.differences(order, s.orders().get(0))).isEmpty();
  }

  @Test
  void reportsWhatDiffersFromAStoredOrder() throws Exception {
    StoreSnapshot s = read(json(SMALL_STORE));
    CustomerOrder stored = InMemoryImport.of(s).orders.get("#W1");
    OrderRecord r = s.orders().get(0);
    OrderRecord cheaper =
        new OrderRecord(
            r.number(),
            r.customerHandle(),
            r.shippingAddress(),
            OrderStatus.PROCESSED,
            null,
            List.of(
                r.lines().get(0),
                r.lines().get(1),
                new OrderLineRecord(
                    "1000000002",
                    "2000000003",
                    "Yoga Mat",
                    new BigDecimal("7.00"),
                    1,
                    r.lines().get(2).options())),
            r.fulfilments(),
            r.payments(),
            r.changes());

    assertThat(OrderComparison.differences(stored, cheaper)).containsExactly("status", "items");
  }

  @Test
  void refusesARefundLargerThanWhatWasPaid() throws Exception {
    String json =
        Fixtures.json(SMALL_STORE)
            .replace(
                "\"amount\": 48.25, \"payment_method_id\": \"credit_card_1\"}",
                "\"amount\": 48.25, \"payment_method_id\": \"credit_card_1\"},"
                    + " {\"transaction_type\": \"refund\", \"amount\": 50,"
                    + " \"payment_method_id\": \"credit_card_1\"}");
    StoreSnapshot s = read(json);

    assertThatThrownBy(() -> InMemoryImport.of(s))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("cannot refund");
  }

  @Test
  void acceptsEveryTau2OrderAndReadsItBackUnchanged() throws Exception {
    StoreSnapshot s = new StoreSnapshotReader().read(Tau2Db.required());
    InMemoryImport store = InMemoryImport.of(s);

    assertThat(store.orders).hasSize(1000);
    assertThat(s.orders())
        .allSatisfy(
            r -> {
              CustomerOrder o = store.orders.get(r.number());
              assertThat(OrderComparison.differences(o, r)).as(r.number()).isEmpty();
              assertThat(o.getTotals().getTotal()).isEqualByComparingTo(r.subtotal());
            });
  }
}
