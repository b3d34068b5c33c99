package com.shopassistant.ordercare;

import static com.shopassistant.ordercare.CareFixtures.money;
import static com.shopassistant.ordercare.CareFixtures.swap;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.shopassistant.customer.PostalAddress;
import com.shopassistant.order.CustomerOrder;
import com.shopassistant.order.OrderChange;
import com.shopassistant.order.OrderChangeItem;
import com.shopassistant.order.OrderChangeKind;
import com.shopassistant.order.OrderLine;
import com.shopassistant.order.OrderStatus;
import com.shopassistant.order.TransactionKind;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * Each write applied to the entities, with the results τ²-bench's tools give: status, payment
 * history entries appended, gift-card balances.
 */
class CarePlanApplierTest {

  private final CareFixtures f = new CareFixtures();

  @Test
  void cancelRefundsEveryPaymentAndCreditsAGiftCardAtOnce() throws Exception {
    CustomerOrder order = f.pending(f.gift, f.blue);

    f.apply(order, new CareRequest.Cancel("no longer needed"));

    assertThat(order.getStatus()).isEqualTo(OrderStatus.CANCELLED);
    assertThat(order.getCancelReason()).isEqualTo("no longer needed");
    assertThat(history(order))
        .containsExactly(
            tuple(TransactionKind.PAYMENT, money("47.84"), "gift_card_1"),
            tuple(TransactionKind.REFUND, money("47.84"), "gift_card_1"));
    assertThat(f.gift.getBalance()).isEqualTo(money("147.84"));
  }

  @Test
  void cancelOfACardOrderRecordsTheRefundAndMovesNoBalance() throws Exception {
    CustomerOrder order = f.pending(f.card, f.blue);

    f.apply(order, new CareRequest.Cancel("ordered by mistake"));

    assertThat(history(order))
        .hasSize(2)
        .last()
        .isEqualTo(tuple(TransactionKind.REFUND, money("47.84"), "credit_card_1"));
    assertThat(f.gift.getBalance()).isEqualTo(money("100.00"));
  }

  @Test
  void addressChangeRewritesOnlyTheShippingAddress() throws Exception {
    CustomerOrder order = f.pending(f.card, f.blue);
    PostalAddress office = new PostalAddress("1 Market St", null, "Austin", "TX", "78701", "USA");

    f.apply(order, new CareRequest.ShippingAddress(office));

    assertThat(order.getShippingAddress()).isEqualTo(office);
    assertThat(order.getStatus()).isEqualTo(OrderStatus.PENDING);
    assertThat(order.getPayments()).hasSize(1);
  }

  @Test
  void paymentChangeAppendsPaymentThenRefundAndMovesBothGiftCards() throws Exception {
    var second = f.customer.addGiftCard("gift_card_2", money("50.00"));
    CustomerOrder order = f.pending(f.gift, f.blue);

    f.apply(order, new CareRequest.Payment("gift_card_2"));

    assertThat(history(order))
        .containsExactly(
            tuple(TransactionKind.PAYMENT, money("47.84"), "gift_card_1"),
            tuple(TransactionKind.PAYMENT, money("47.84"), "gift_card_2"),
            tuple(TransactionKind.REFUND, money("47.84"), "gift_card_1"));
    assertThat(second.getBalance()).isEqualTo(money("2.16"));
    assertThat(f.gift.getBalance()).isEqualTo(money("147.84"));
    assertThat(order.getStatus()).isEqualTo(OrderStatus.PENDING);
    assertThat(order.netPaid()).isEqualTo(money("47.84"));
  }

  @Test
  void itemModificationSwitchesLinesRecordsTheDifferenceAndClosesTheOrder() throws Exception {
    CustomerOrder order = f.pending(f.card, f.blue, f.shirtM);

    f.apply(order, new CareRequest.ModifyItems(List.of(swap(f.blue, f.green)), "gift_card_1"));

    assertThat(order.getStatus()).isEqualTo(OrderStatus.PENDING_ITEMS_MODIFIED);
    assertThat(order.getLines())
        .extracting(OrderLine::getItemCode, OrderLine::getUnitPrice)
        .containsExactly(tuple("2222222222", money("60.00")), tuple("9612497925", money("50.88")));
    assertThat(order.getLines().get(0).getOptions()).containsEntry("color", "green");
    assertThat(order.getTotals().getTotal()).isEqualTo(money("110.88"));
    assertThat(history(order))
        .last()
        .isEqualTo(tuple(TransactionKind.PAYMENT, money("12.16"), "gift_card_1"));
    assertThat(f.gift.getBalance()).isEqualTo(money("87.84"));
    assertThat(order.netPaid()).isEqualTo(order.getTotals().getTotal());
  }

  @Test
  void aCheaperItemIsRefundedToTheGiftCardNamed() throws Exception {
    CustomerOrder order = f.pending(f.card, f.blue);

    f.apply(order, new CareRequest.ModifyItems(List.of(swap(f.blue, f.red)), "gift_card_1"));

    assertThat(history(order))
        .last()
        .isEqualTo(tuple(TransactionKind.REFUND, money("2.03"), "gift_card_1"));
    assertThat(f.gift.getBalance()).isEqualTo(money("102.03"));
    assertThat(order.netPaid()).isEqualTo(order.getTotals().getTotal());
  }

  @Test
  void returnRecordsTheItemsAndTheMethodButMovesNoMoneyYet() throws Exception {
    CustomerOrder order = f.delivered(f.gift, f.blue, f.blue, f.red);

    f.apply(
        order, new CareRequest.Return(List.of("6469567736", "6469567736"), "gift_card_1", "leaks"));

    assertThat(order.getStatus()).isEqualTo(OrderStatus.RETURN_REQUESTED);
    OrderChange change = order.getChanges().get(0);
    assertThat(change.getKind()).isEqualTo(OrderChangeKind.RETURN);
    assertThat(change.getPaymentMethodCode()).isEqualTo("gift_card_1");
    assertThat(change.getReason()).isEqualTo("leaks");
    assertThat(change.getItems())
        .extracting(OrderChangeItem::getItemCode)
        .containsExactly("6469567736", "6469567736");
    assertThat(order.getPayments()).hasSize(1);
    assertThat(f.gift.getBalance()).isEqualTo(money("100.00"));
  }

  @Test
  void exchangeRecordsSwapsAndDifferenceButMovesNoMoneyYet() throws Exception {
    CustomerOrder order = f.delivered(f.gift, f.blue, f.red);

    f.apply(order, new CareRequest.Exchange(List.of(swap(f.red, f.green)), "gift_card_1", null));

    assertThat(order.getStatus()).isEqualTo(OrderStatus.EXCHANGE_REQUESTED);
    OrderChange change = order.getChanges().get(0);
    assertThat(change.getPriceDifference()).isEqualTo(money("14.19"));
    assertThat(change.getItems())
        .extracting(OrderChangeItem::getItemCode, OrderChangeItem::getNewItemCode)
        .containsExactly(tuple("1111111111", "2222222222"));
    assertThat(order.getPayments()).hasSize(1);
    assertThat(f.gift.getBalance()).isEqualTo(money("100.00"));
  }

  private static List<Tuple> history(CustomerOrder order) {
    return order.getPayments().stream()
        .map(p -> tuple(p.getKind(), p.getAmount(), p.getPaymentMethodCode()))
        .toList();
  }
}
