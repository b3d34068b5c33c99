package com.shopassistant.ordercare;

import static com.shopassistant.ordercare.CareFixtures.money;
import static com.shopassistant.ordercare.CareFixtures.swap;
import static com.shopassistant.ordercare.OrderCarePolicyTest.refusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.shopassistant.confirmation.ConfirmableAction;
import com.shopassistant.customer.PostalAddress;
import com.shopassistant.order.CustomerOrder;
import com.shopassistant.order.OrderStatus;
import com.shopassistant.ordercare.CarePlan.Direction;
import com.shopassistant.ordercare.CarePlan.MoneyMove;
import com.shopassistant.ordercare.CarePlan.Settlement;
import com.shopassistant.ordercare.OrderCareException.Rule;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What each write plans to do, and which rule refuses it. */
class OrderCarePlannerTest {

  private final CareFixtures f = new CareFixtures();

  @Test
  void cancellingRefundsTheGiftCardAtOnce() throws Exception {
    CustomerOrder order = f.pending(f.gift, f.blue); // 47.84

    CarePlan plan = f.plan(order, new CareRequest.Cancel("ordered by mistake"));

    assertThat(plan.action()).isEqualTo(ConfirmableAction.CANCEL_ORDER);
    assertThat(plan.status()).isEqualTo(OrderStatus.PENDING);
    assertThat(plan.statusAfter()).isEqualTo(OrderStatus.CANCELLED);
    assertThat(plan.cancelReason()).isEqualTo("ordered by mistake");
    assertThat(plan.refunds())
        .containsExactly(
            new MoneyMove(
                Direction.REFUND,
                money("47.84"),
                "gift_card_1",
                f.gift.getKind(),
                Settlement.IMMEDIATELY,
                money("147.84")));
    assertThat(plan.charges()).isEmpty();
  }

  @Test
  void cancellingRefundsACardThroughItsProvider() throws Exception {
    CarePlan plan =
        f.plan(f.pending(f.card, f.blue, f.red), new CareRequest.Cancel("no longer needed"));

    assertThat(plan.refunds())
        .extracting(MoneyMove::amount, MoneyMove::paymentMethodCode, MoneyMove::settlement)
        .containsExactly(tuple(money("93.65"), "credit_card_1", Settlement.BY_PAYMENT_PROVIDER));
    assertThat(plan.refunds().get(0).giftCardBalanceAfter()).isNull();
  }

  @Test
  void cancellingNeedsAPendingOrderAndAnAcceptedReason() {
    assertThat(refusal(() -> f.plan(f.pending(f.card, f.blue), new CareRequest.Cancel("meh"))))
        .isEqualTo(Rule.INVALID_CANCEL_REASON);
    assertThat(
            refusal(
                () ->
                    f.plan(
                        f.delivered(f.card, f.blue), new CareRequest.Cancel("no longer needed"))))
        .isEqualTo(Rule.ORDER_NOT_PENDING);
  }

  @Test
  void aNewShippingAddressKeepsTheOrderPending() throws Exception {
    PostalAddress office = new PostalAddress("1 Market St", null, "Austin", "TX", "78701", "USA");

    CarePlan plan = f.plan(f.pending(f.card, f.blue), new CareRequest.ShippingAddress(office));

    assertThat(plan.statusAfter()).isEqualTo(OrderStatus.PENDING);
    assertThat(plan.shippingAddress()).isEqualTo(CareFixtures.HOME);
    assertThat(plan.newShippingAddress()).isEqualTo(office);
    assertThat(plan.money()).isEmpty();
  }

  @Test
  void changingThePaymentChargesTheNewMethodThenRefundsTheOld() throws Exception {
    CarePlan plan = f.plan(f.pending(f.card, f.blue), new CareRequest.Payment("gift_card_1"));

    assertThat(plan.money())
        .extracting(MoneyMove::direction, MoneyMove::amount, MoneyMove::paymentMethodCode)
        .containsExactly(
            tuple(Direction.CHARGE, money("47.84"), "gift_card_1"),
            tuple(Direction.REFUND, money("47.84"), "credit_card_1"));
    assertThat(plan.charges().get(0).giftCardBalanceAfter()).isEqualTo(money("52.16"));
    assertThat(plan.statusAfter()).isEqualTo(OrderStatus.PENDING);
  }

  @Test
  void changingThePaymentHasItsOwnRules() {
    CustomerOrder byCard = f.pending(f.card, f.blue, f.red, f.green); // 153.65 > gift balance

    assertThat(refusal(() -> f.plan(byCard, new CareRequest.Payment("credit_card_1"))))
        .isEqualTo(Rule.SAME_PAYMENT_METHOD);
    assertThat(refusal(() -> f.plan(byCard, new CareRequest.Payment("gift_card_1"))))
        .isEqualTo(Rule.INSUFFICIENT_GIFT_CARD_BALANCE);
    assertThat(refusal(() -> f.plan(byCard, new CareRequest.Payment("paypal_9"))))
        .isEqualTo(Rule.PAYMENT_METHOD_NOT_FOUND);
    byCard.recordPayment(f.paypal, money("1.00"));
    assertThat(refusal(() -> f.plan(byCard, new CareRequest.Payment("gift_card_1"))))
        .isEqualTo(Rule.PAYMENT_NOT_SINGLE);
  }

  @Test
  void modifyingItemsChargesAPositiveDifference() throws Exception {
    CarePlan plan =
        f.plan(
            f.pending(f.card, f.blue, f.shirtM),
            new CareRequest.ModifyItems(List.of(swap(f.blue, f.green)), "gift_card_1"));

    assertThat(plan.statusAfter()).isEqualTo(OrderStatus.PENDING_ITEMS_MODIFIED);
    assertThat(plan.priceDifference()).isEqualTo(money("12.16"));
    assertThat(plan.money())
        .extracting(MoneyMove::direction, MoneyMove::amount, MoneyMove::giftCardBalanceAfter)
        .containsExactly(tuple(Direction.CHARGE, money("12.16"), money("87.84")));
  }

  @Test
  void modifyingItemsRefundsANegativeDifferenceAndMovesNothingForNone() throws Exception {
    CustomerOrder order = f.pending(f.card, f.blue, f.red);

    CarePlan cheaper =
        f.plan(order, new CareRequest.ModifyItems(List.of(swap(f.blue, f.red)), "paypal_1"));
    CarePlan even =
        f.plan(
            order,
            new CareRequest.ModifyItems(
                List.of(swap(f.blue, f.red), swap(f.red, f.blue)), "paypal_1"));

    assertThat(cheaper.money())
        .extracting(MoneyMove::direction, MoneyMove::amount, MoneyMove::settlement)
        .containsExactly(tuple(Direction.REFUND, money("2.03"), Settlement.BY_PAYMENT_PROVIDER));
    assertThat(even.priceDifference()).isEqualTo(money("0.00"));
    assertThat(even.money()).isEmpty();
  }

  @Test
  void aGiftCardMustCoverTheItemsDifference() {
    f.gift.debit(money("95.00")); // 5.00 left
    CustomerOrder order = f.pending(f.card, f.blue);

    assertThat(
            refusal(
                () ->
                    f.plan(
                        order,
                        new CareRequest.ModifyItems(
                            List.of(swap(f.blue, f.green)), "gift_card_1"))))
        .isEqualTo(Rule.INSUFFICIENT_GIFT_CARD_BALANCE);
  }

  @Test
  void itemsAreModifiedOnceOnly() {
    CustomerOrder order = f.pending(f.card, f.blue);
    order.markItemsModified();

    assertThat(
            refusal(
                () ->
                    f.plan(
                        order,
                        new CareRequest.ModifyItems(List.of(swap(f.blue, f.red)), "paypal_1"))))
        .isEqualTo(Rule.ITEMS_ALREADY_MODIFIED);
    assertThat(refusal(() -> f.plan(order, new CareRequest.Cancel("no longer needed"))))
        .isEqualTo(Rule.ITEMS_ALREADY_MODIFIED);
    assertThat(refusal(() -> f.plan(order, new CareRequest.Payment("gift_card_1"))))
        .isEqualTo(Rule.ITEMS_ALREADY_MODIFIED);
    assertThat(refusal(() -> f.plan(order, new CareRequest.ShippingAddress(CareFixtures.HOME))))
        .isEqualTo(Rule.ITEMS_ALREADY_MODIFIED);
  }

  @Test
  void aReturnIsRefundedAfterTheItemsAreBack() throws Exception {
    CustomerOrder order = f.delivered(f.card, f.blue, f.red);

    CarePlan plan =
        f.plan(order, new CareRequest.Return(List.of("6469567736"), "gift_card_1", "too big"));

    assertThat(plan.statusAfter()).isEqualTo(OrderStatus.RETURN_REQUESTED);
    assertThat(plan.priceDifference()).isEqualTo(money("-47.84"));
    assertThat(plan.refunds())
        .extracting(MoneyMove::amount, MoneyMove::settlement, MoneyMove::giftCardBalanceAfter)
        .containsExactly(tuple(money("47.84"), Settlement.AFTER_ITEMS_RECEIVED, null));
  }

  @Test
  void aReturnGoesToTheOriginalMethodOrAGiftCardOnly() {
    CustomerOrder order = f.delivered(f.card, f.blue);

    assertThat(
            refusal(
                () ->
                    f.plan(order, new CareRequest.Return(List.of("6469567736"), "paypal_1", null))))
        .isEqualTo(Rule.REFUND_METHOD_NOT_ALLOWED);
    assertThat(
            refusal(
                () ->
                    f.plan(
                        f.pending(f.card, f.blue),
                        new CareRequest.Return(List.of("6469567736"), "credit_card_1", null))))
        .isEqualTo(Rule.ORDER_NOT_DELIVERED);
    assertThat(
            refusal(() -> f.plan(order, new CareRequest.Return(List.of(), "credit_card_1", null))))
        .isEqualTo(Rule.ITEM_NOT_IN_ORDER);
  }

  @Test
  void anExchangeSettlesItsDifferenceAfterTheItemsAreBack() throws Exception {
    CarePlan plan =
        f.plan(
            f.delivered(f.card, f.blue, f.red),
            new CareRequest.Exchange(List.of(swap(f.red, f.green)), "credit_card_1", null));

    assertThat(plan.statusAfter()).isEqualTo(OrderStatus.EXCHANGE_REQUESTED);
    assertThat(plan.priceDifference()).isEqualTo(money("14.19"));
    assertThat(plan.charges())
        .extracting(MoneyMove::amount, MoneyMove::settlement)
        .containsExactly(tuple(money("14.19"), Settlement.AFTER_ITEMS_RECEIVED));
  }

  @Test
  void anExchangeNeedsADeliveredOrderAndAGiftCardThatCovers() {
    f.gift.debit(money("90.00"));
    CustomerOrder delivered = f.delivered(f.card, f.blue);
    delivered.requestReturn(List.of("6469567736"), "credit_card_1", null);

    assertThat(
            refusal(
                () ->
                    f.plan(
                        f.delivered(f.card, f.red),
                        new CareRequest.Exchange(
                            List.of(swap(f.red, f.green)), "gift_card_1", null))))
        .isEqualTo(Rule.INSUFFICIENT_GIFT_CARD_BALANCE);
    assertThat(
            refusal(
                () ->
                    f.plan(
                        delivered,
                        new CareRequest.Exchange(
                            List.of(swap(f.blue, f.red)), "gift_card_1", null))))
        .as("a return was already requested")
        .isEqualTo(Rule.ORDER_NOT_DELIVERED);
  }

  @Test
  void theFingerprintChangesWhenAQuotedPriceDoes() throws Exception {
    CustomerOrder order = f.pending(f.card, f.blue);
    CareRequest request = new CareRequest.ModifyItems(List.of(swap(f.blue, f.red)), "paypal_1");
    String quoted = f.plan(order, request).fingerprint();

    assertThat(f.plan(order, request).fingerprint()).isEqualTo(quoted);
    f.red.changePrice(money("45.80"));
    assertThat(f.plan(order, request).fingerprint()).isNotEqualTo(quoted);
  }

  @Test
  void theFingerprintIgnoresAGiftCardBalanceMovedByAnotherOrder() throws Exception {
    CustomerOrder order = f.pending(f.gift, f.blue);
    CareRequest cancel = new CareRequest.Cancel("no longer needed");
    String quoted = f.plan(order, cancel).fingerprint();

    f.gift.debit(money("10.00"));

    assertThat(f.plan(order, cancel).fingerprint()).isEqualTo(quoted);
  }
}
