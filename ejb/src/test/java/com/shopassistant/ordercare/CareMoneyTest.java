package com.shopassistant.ordercare;

import static com.shopassistant.ordercare.CareFixtures.money;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.shopassistant.order.CustomerOrder;
import com.shopassistant.order.LineItem;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Order care's money math: what each method holds, return refunds, price differences. */
class CareMoneyTest {

  private final CareFixtures f = new CareFixtures();

  @Test
  void eachMethodHoldsItsPaymentsLessItsRefundsInTheOrderItFirstPaid() {
    CustomerOrder order = f.pending(f.card, f.blue, f.red); // 93.65 by card
    order.recordPayment(f.gift, money("93.65"));
    order.recordRefund(f.card, money("93.65"));

    assertThat(CareMoney.heldByMethod(order)).containsExactly(entry("gift_card_1", money("93.65")));
  }

  @Test
  void aPartlyRefundedMethodHoldsTheRest() {
    CustomerOrder order = f.pending(f.card, f.blue, f.red);
    order.recordPayment(f.gift, money("10.00"));
    order.recordRefund(f.card, money("3.65"));

    assertThat(CareMoney.heldByMethod(order))
        .containsExactly(
            entry("credit_card_1", money("90.00")), entry("gift_card_1", money("10.00")));
  }

  @Test
  void aReturnWithoutDiscountRefundsExactlyThePrices() {
    CustomerOrder order = f.delivered(f.card, f.blue, f.red);

    assertThat(CareMoney.returnRefund(order, money("47.84"))).isEqualTo(money("47.84"));
  }

  @Test
  void aReturnGivesBackTheItemsShareOfTheDiscountRoundedHalfUp() {
    CustomerOrder order = new CustomerOrder("#W9", f.customer, CareFixtures.HOME, "USD", null);
    order.addLine(f.blue, 1); // 47.84
    order.addLine(f.red, 1); // 45.81 -> subtotal 93.65
    order.applyDiscount(money("10.00"), "SAVE10");
    order.recordPayment(f.card, money("83.65"));

    // share = 10.00 x 47.84 / 93.65 = 5.10837... -> 5.11; refund 47.84 - 5.11
    assertThat(CareMoney.returnRefund(order, money("47.84"))).isEqualTo(money("42.73"));
    // both items: the whole discount comes off, exactly what was paid
    assertThat(CareMoney.returnRefund(order, money("93.65"))).isEqualTo(money("83.65"));
  }

  @Test
  void aDiscountShareOfHalfACentRoundsUp() {
    CustomerOrder order = new CustomerOrder("#W8", f.customer, CareFixtures.HOME, "USD", null);
    order.addLine(new LineItem(null, "P", "I1", "Pen", money("10.00"), 1, Map.of()));
    order.addLine(new LineItem(null, "P", "I2", "Pen", money("10.00"), 1, Map.of()));
    order.applyDiscount(money("0.05"), "TINY");
    order.recordPayment(f.card, money("19.95"));

    // share = 0.05 x 10.00 / 20.00 = 0.025 -> 0.03 (half up, not half even)
    assertThat(CareMoney.returnRefund(order, money("10.00"))).isEqualTo(money("9.97"));
  }

  @Test
  void aReturnNeverRefundsMoreThanTheOrderStillHolds() {
    CustomerOrder order = f.delivered(f.card, f.blue, f.red);
    order.recordRefund(f.card, money("90.00"));

    assertThat(CareMoney.returnRefund(order, money("47.84"))).isEqualTo(money("3.65"));
  }

  @Test
  void aDifferenceIsPerUnitTimesQuantityAndExact() {
    assertThat(CareMoney.difference(money("47.84"), money("45.81"), 1)).isEqualTo(money("-2.03"));
    assertThat(CareMoney.difference(money("47.84"), money("60.00"), 3)).isEqualTo(money("36.48"));
    assertThat(CareMoney.difference(money("0.10"), money("0.30"), 1).scale()).isEqualTo(2);
    assertThat(CareMoney.cents(new BigDecimal("1.5"))).isEqualTo(money("1.50"));
  }
}
