package com.shopassistant.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.shopassistant.catalog.Product;
import com.shopassistant.catalog.ProductVariant;
import com.shopassistant.customer.Customer;
import com.shopassistant.customer.PaymentMethod;
import com.shopassistant.customer.PostalAddress;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CustomerOrderTest {

  private static final PostalAddress HOME =
      new PostalAddress("215 River Road", "Suite 991", "New York", "NY", "10083", "USA");

  private final Customer customer = Customer.guest("james_li_5688");
  private final PaymentMethod gift = customer.addGiftCard("gift_card_1", new BigDecimal("1000"));
  private final Product bottle = new Product("8310926033", "Water Bottle", null, null);
  private final ProductVariant blue =
      bottle.addVariant("6469567736", new BigDecimal("47.84"), 9, Map.of("color", "blue"));
  private final ProductVariant red =
      bottle.addVariant("1111111111", new BigDecimal("45.81"), 9, Map.of("color", "red"));
  private final CustomerOrder order = new CustomerOrder("#W2611340", customer, HOME, "usd", null);

  private CustomerOrder delivered() {
    order.addLine(blue, 1);
    order.addLine(blue, 1);
    order.recordPayment(gift, order.getTotals().getTotal());
    order.markProcessed();
    order.markDelivered();
    return order;
  }

  @Test
  void linesAreNumberedFromOneEvenForTheSameItem() {
    order.addLine(blue, 1);
    order.addLine(blue, 1);
    OrderLine third = order.addLine(red, 2);

    assertThat(order.getLines()).extracting(OrderLine::getLineNo).containsExactly(1, 2, 3);
    assertThat(third.getItemCode()).isEqualTo("1111111111");
    assertThat(third.getOptions()).containsEntry("color", "red");
    assertThat(order.getTotals().getSubtotal()).isEqualTo(new BigDecimal("187.30"));
    assertThat(order.getCurrency()).isEqualTo("USD");
  }

  @Test
  void linesAreFixedOncePaid() {
    order.addLine(blue, 1);
    order.recordPayment(gift, new BigDecimal("47.84"));

    assertThatThrownBy(() -> order.addLine(red, 1))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("lines are fixed");
    assertThat(order.getLines()).hasSize(1);
  }

  @Test
  void lineSnapshotKeepsThePriceAtPurchase() {
    OrderLine line = order.addLine(blue, 2);

    blue.changePrice(new BigDecimal("99.00"));

    assertThat(line.getUnitPrice()).isEqualTo(new BigDecimal("47.84"));
    assertThat(line.lineTotal()).isEqualByComparingTo("95.68");
  }

  @Test
  void discountCannotExceedTheSubtotalAndTotalFollows() {
    order.addLine(blue, 1);

    assertThatThrownBy(() -> order.applyDiscount(new BigDecimal("47.85"), "SAVE"))
        .isInstanceOf(IllegalArgumentException.class);
    order.applyDiscount(new BigDecimal("7.84"), "save");
    assertThat(order.getTotals().getTotal()).isEqualTo(new BigDecimal("40.00"));
    assertThat(order.getVoucherCode()).isEqualTo("SAVE");
  }

  @Test
  void onlyPendingOrdersAreCancelledAndAReasonIsNeeded() {
    order.addLine(blue, 1);
    assertThatThrownBy(() -> order.cancel(" ")).isInstanceOf(IllegalArgumentException.class);

    order.cancel("no longer needed");

    assertThat(order.getStatus()).isEqualTo(OrderStatus.CANCELLED);
    assertThat(order.getCancelReason()).isEqualTo("no longer needed");
    assertThatThrownBy(() -> order.cancel("ordered by mistake"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("only PENDING orders can be cancelled");
  }

  @Test
  void statusMovesPendingProcessedDeliveredOnly() {
    assertThatThrownBy(order::markDelivered).isInstanceOf(IllegalStateException.class);
    order.markProcessed();
    assertThatThrownBy(order::markProcessed).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> order.cancel("no longer needed"))
        .isInstanceOf(IllegalStateException.class);
    order.markDelivered();
    assertThat(order.getStatus()).isEqualTo(OrderStatus.DELIVERED);
  }

  @Test
  void onlyPendingOrdersChangeAddress() {
    PostalAddress office = new PostalAddress("1 Market St", null, "Austin", "TX", null, "USA");
    order.changeShippingAddress(office);
    assertThat(order.getShippingAddress()).isEqualTo(office);

    order.markProcessed();

    assertThatThrownBy(() -> order.changeShippingAddress(HOME))
        .isInstanceOf(IllegalStateException.class);
    assertThat(order.getShippingAddress()).isEqualTo(office);
  }

  @Test
  void returnNeedsADeliveredOrder() {
    order.addLine(blue, 1);

    assertThatThrownBy(() -> order.requestReturn(List.of(blue.getCode()), "gift_card_1", null))
        .isInstanceOf(IllegalStateException.class);
    assertThat(order.getChanges()).isEmpty();
  }

  @Test
  void anItemBoughtTwiceMayBeReturnedTwiceButNotThreeTimes() {
    delivered();
    String code = blue.getCode();

    assertThatThrownBy(() -> order.requestReturn(List.of(code, code, code), "gift_card_1", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2 time(s), not 3");
    OrderChange change = order.requestReturn(List.of(code, code), "gift_card_1", "too big");

    assertThat(order.getStatus()).isEqualTo(OrderStatus.RETURN_REQUESTED);
    assertThat(change.getKind()).isEqualTo(OrderChangeKind.RETURN);
    assertThat(change.getItems()).extracting(OrderChangeItem::getNewItemCode).containsOnlyNulls();
    assertThat(change.getPriceDifference()).isNull();
  }

  @Test
  void itemsNotOnTheOrderCannotBeReturned() {
    delivered();

    assertThatThrownBy(() -> order.requestReturn(List.of(red.getCode()), "gift_card_1", null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> order.requestReturn(List.of(), "gift_card_1", null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(order.getStatus()).isEqualTo(OrderStatus.DELIVERED);
  }

  @Test
  void exchangeRecordsTheSwapsAndThePriceDifference() {
    delivered();

    OrderChange change =
        order.requestExchange(
            List.of(new ItemSwap(blue.getCode(), red.getCode())),
            "gift_card_1",
            new BigDecimal("-2.03"),
            null);

    assertThat(order.getStatus()).isEqualTo(OrderStatus.EXCHANGE_REQUESTED);
    assertThat(change.getPriceDifference()).isEqualTo(new BigDecimal("-2.03"));
    assertThat(change.getItems())
        .singleElement()
        .extracting(OrderChangeItem::getNewItemCode)
        .isEqualTo(red.getCode());
    assertThatThrownBy(() -> new ItemSwap("1", "1")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void switchItemKeepsTheProductAndReturnsThePriceDifference() {
    order.addLine(blue, 2);
    Product chair = new Product("4794339885", "Office Chair", null, null);
    ProductVariant black = chair.addVariant("8426249116", BigDecimal.TEN, 1, Map.of());

    BigDecimal difference = order.switchItem(1, red);

    assertThat(difference).isEqualByComparingTo("-4.06");
    assertThat(order.line(1).orElseThrow().getItemCode()).isEqualTo(red.getCode());
    assertThat(order.getTotals().getSubtotal()).isEqualTo(new BigDecimal("91.62"));
    assertThatThrownBy(() -> order.switchItem(1, black))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not an option of product");
  }

  @Test
  void itemsAreModifiedOnceThenTheOrderIsClosedToCareButStillProcessed() {
    order.addLine(blue, 1);
    order.switchItem(1, red);

    order.markItemsModified();

    assertThat(order.getStatus()).isEqualTo(OrderStatus.PENDING_ITEMS_MODIFIED);
    assertThatThrownBy(order::markItemsModified).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> order.switchItem(1, blue)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> order.cancel("no longer needed"))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> order.changeShippingAddress(HOME))
        .isInstanceOf(IllegalStateException.class);
    order.markProcessed();
    assertThat(order.getStatus()).isEqualTo(OrderStatus.PROCESSED);
  }

  @Test
  void refundsNeverExceedWhatWasPaid() {
    delivered();

    order.recordRefund(gift, new BigDecimal("50.00"));

    assertThatThrownBy(() -> order.recordRefund(gift, new BigDecimal("45.69")))
        .isInstanceOf(IllegalStateException.class);
    assertThat(order.netPaid()).isEqualByComparingTo("45.68");
    assertThatThrownBy(() -> order.recordPayment(gift, BigDecimal.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void fulfilmentsNameItemsOnTheOrder() {
    delivered();

    Fulfilment shipped =
        order.addFulfilment("357962501027", null, List.of(blue.getCode(), blue.getCode()));

    assertThat(shipped.getItemCodes()).hasSize(2);
    assertThatThrownBy(() -> order.addFulfilment("1", null, List.of(red.getCode())))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> order.addFulfilment("1", null, List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(order.getFulfilments()).hasSize(1);
  }

  @Test
  void importedOrdersKeepTheirStatus() {
    CustomerOrder imported =
        CustomerOrder.imported("#W7678072", customer, HOME, OrderStatus.CANCELLED);

    imported.addLine(blue, 1);

    assertThat(imported.getStatus()).isEqualTo(OrderStatus.CANCELLED);
    assertThat(imported.getCurrency()).isEqualTo("USD");
  }

  @Test
  void currencyIsAThreeLetterCode() {
    assertThatThrownBy(() -> new CustomerOrder("#W1", customer, HOME, "US$", null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
