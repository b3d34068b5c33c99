package com.shopassistant.ordercare;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopassistant.confirmation.ConfirmableAction;
import com.shopassistant.confirmation.IssuedConfirmation;
import com.shopassistant.customer.PaymentMethodKind;
import com.shopassistant.customer.PostalAddress;
import com.shopassistant.order.OrderStatus;
import com.shopassistant.ordercare.CarePlan.Direction;
import com.shopassistant.ordercare.CarePlan.MoneyMove;
import com.shopassistant.ordercare.CarePlan.Settlement;
import com.shopassistant.security.StrictJsonbResolver;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A quote as JSON: charges and refunds apart, the token, and nothing that does not apply. */
class OrderCareQuoteViewTest {

  private static final PostalAddress HOME =
      new PostalAddress("215 River Road", null, "New York", "NY", "10083", "USA");

  @Test
  void aPaymentChangeShowsTheChargeTheRefundAndTheToken() {
    CarePlan plan =
        new CarePlan(
            ConfirmableAction.MODIFY_ORDER_PAYMENT,
            "#W1",
            OrderStatus.PENDING,
            OrderStatus.PENDING,
            null,
            HOME,
            null,
            List.of(),
            null,
            List.of(
                new MoneyMove(
                    Direction.CHARGE,
                    new BigDecimal("47.84"),
                    "gift_card_1",
                    PaymentMethodKind.GIFT_CARD,
                    Settlement.IMMEDIATELY,
                    new BigDecimal("52.16")),
                new MoneyMove(
                    Direction.REFUND,
                    new BigDecimal("47.84"),
                    "credit_card_1",
                    PaymentMethodKind.CREDIT_CARD,
                    Settlement.BY_PAYMENT_PROVIDER,
                    null)));
    OffsetDateTime expires = OffsetDateTime.of(2026, 11, 28, 0, 15, 0, 0, ZoneOffset.UTC);

    OrderCareQuoteView view =
        OrderCareQuoteView.of(
            new OrderCareQuote(plan, new IssuedConfirmation("cf_secret", expires)));
    String json = new StrictJsonbResolver().getContext(Object.class).toJson(view);

    assertThat(view.charges())
        .extracting(OrderCareQuoteView.Money::paymentMethodCode)
        .containsExactly("gift_card_1");
    assertThat(view.refunds())
        .extracting(OrderCareQuoteView.Money::settlement)
        .containsExactly(Settlement.BY_PAYMENT_PROVIDER);
    assertThat(json)
        .startsWith("{\"action\":\"MODIFY_ORDER_PAYMENT\",\"orderNumber\":\"#W1\"")
        .contains("\"giftCardBalanceAfter\":52.16", "\"confirmationToken\":\"cf_secret\"")
        .doesNotContain("items", "cancelReason", "newShippingAddress", "priceDifference");
  }
}
