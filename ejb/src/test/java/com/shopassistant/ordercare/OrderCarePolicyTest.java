package com.shopassistant.ordercare;

import static com.shopassistant.ordercare.CareFixtures.money;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.shopassistant.order.CustomerOrder;
import com.shopassistant.order.OrderStatus;
import com.shopassistant.ordercare.OrderCareException.Rule;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** The policy's status, reason and payment-method rules, each refusal with its own rule. */
class OrderCarePolicyTest {

  private final CareFixtures f = new CareFixtures();

  static Rule refusal(ThrowingCallable call) {
    OrderCareException refused = catchThrowableOfType(OrderCareException.class, call);
    assertThat(refused).as("refused").isNotNull();
    assertThat(refused.getMessage()).isNotBlank();
    return refused.rule();
  }

  @Test
  void onlyAPendingOrderIsCancelledOrModified() throws Exception {
    CustomerOrder order = f.pending(f.card, f.blue);
    OrderCarePolicy.requirePending(order, "be cancelled");

    order.markProcessed();

    assertThat(refusal(() -> OrderCarePolicy.requirePending(order, "be cancelled")))
        .isEqualTo(Rule.ORDER_NOT_PENDING);
  }

  @Test
  void anOrderWhoseItemsWereModifiedSaysSo() {
    CustomerOrder order = f.pending(f.card, f.blue);
    order.markItemsModified();

    assertThat(refusal(() -> OrderCarePolicy.requirePending(order, "be cancelled")))
        .isEqualTo(Rule.ITEMS_ALREADY_MODIFIED);
  }

  @Test
  void onlyADeliveredOrderIsReturnedOrExchanged() throws Exception {
    CustomerOrder pending = f.pending(f.card, f.blue);
    CustomerOrder delivered = f.delivered(f.card, f.blue);
    OrderCarePolicy.requireDelivered(delivered, "be returned");

    assertThat(refusal(() -> OrderCarePolicy.requireDelivered(pending, "be returned")))
        .isEqualTo(Rule.ORDER_NOT_DELIVERED);
  }

  @Test
  void theTwoCancelReasonsAreAcceptedExactlyAsWritten() throws Exception {
    assertThat(OrderCarePolicy.requireCancelReason("no longer needed"))
        .isEqualTo("no longer needed");
    assertThat(OrderCarePolicy.requireCancelReason("ordered by mistake"))
        .isEqualTo("ordered by mistake");
    for (String other : new String[] {"No longer needed", "no longer needed ", "too slow", null}) {
      assertThat(refusal(() -> OrderCarePolicy.requireCancelReason(other)))
          .as(String.valueOf(other))
          .isEqualTo(Rule.INVALID_CANCEL_REASON);
    }
  }

  @Test
  void aPaymentMethodMustBeTheCallers() throws Exception {
    assertThat(OrderCarePolicy.requireOwnMethod(f.methods(), " gift_card_1 ")).isSameAs(f.gift);

    assertThat(refusal(() -> OrderCarePolicy.requireOwnMethod(f.methods(), "gift_card_9")))
        .isEqualTo(Rule.PAYMENT_METHOD_NOT_FOUND);
    assertThat(refusal(() -> OrderCarePolicy.requireOwnMethod(f.methods(), null)))
        .isEqualTo(Rule.PAYMENT_METHOD_NOT_FOUND);
  }

  @Test
  void aGiftCardMustCoverWhatItPaysOtherKindsAlwaysDo() throws Exception {
    OrderCarePolicy.requireCovers(f.gift, money("100.00"));
    OrderCarePolicy.requireCovers(f.gift, money("-500.00"));
    OrderCarePolicy.requireCovers(f.card, money("5000.00"));

    assertThat(refusal(() -> OrderCarePolicy.requireCovers(f.gift, money("100.01"))))
        .isEqualTo(Rule.INSUFFICIENT_GIFT_CARD_BALANCE);
  }

  @Test
  void aReturnIsRefundedToAMethodThatPaidOrToAGiftCard() throws Exception {
    OrderCarePolicy.requireRefundableTo(f.card, Set.of("credit_card_1"));
    OrderCarePolicy.requireRefundableTo(f.gift, Set.of("credit_card_1"));

    assertThat(
            refusal(() -> OrderCarePolicy.requireRefundableTo(f.paypal, Set.of("credit_card_1"))))
        .isEqualTo(Rule.REFUND_METHOD_NOT_ALLOWED);
  }

  @Test
  void statusesReadTheWayTau2WritesThem() {
    assertThat(OrderCarePolicy.readable(OrderStatus.RETURN_REQUESTED))
        .isEqualTo("return requested");
    assertThat(OrderCarePolicy.readable(OrderStatus.PENDING_ITEMS_MODIFIED))
        .isEqualTo("pending (items modified)");
  }
}
