package com.shopassistant.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PaymentMethodTest {

  private final Customer owner = Customer.guest("guest-1");

  private PaymentMethod giftCard(String balance) {
    return owner.addGiftCard("gift_card_1725971", new BigDecimal(balance));
  }

  @Test
  void debitLowersAGiftCardBalance() {
    PaymentMethod card = giftCard("100.00");

    card.debit(new BigDecimal("60.25"));

    assertThat(card.getBalance()).isEqualTo(new BigDecimal("39.75"));
  }

  @Test
  void debitMayEmptyAGiftCardExactly() {
    PaymentMethod card = giftCard("10.00");

    card.debit(new BigDecimal("10.00"));

    assertThat(card.getBalance()).isEqualByComparingTo("0");
  }

  @Test
  void debitNeverTakesAGiftCardBelowZero() {
    PaymentMethod card = giftCard("10.00");

    assertThatThrownBy(() -> card.debit(new BigDecimal("10.01")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("balance of 10.00");
    assertThat(card.getBalance()).isEqualTo(new BigDecimal("10.00"));
  }

  @Test
  void creditRefundsToAGiftCard() {
    PaymentMethod card = giftCard("10.00");

    card.credit(new BigDecimal("5.50"));

    assertThat(card.getBalance()).isEqualTo(new BigDecimal("15.50"));
  }

  @Test
  void amountsMustBePositive() {
    PaymentMethod card = giftCard("10.00");

    assertThatThrownBy(() -> card.debit(BigDecimal.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> card.credit(new BigDecimal("-1")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> card.debit(null)).isInstanceOf(IllegalArgumentException.class);
    assertThat(card.getBalance()).isEqualTo(new BigDecimal("10.00"));
  }

  @Test
  void cardsAndPaypalAreDebitedWithoutABalance() {
    PaymentMethod card = owner.addCreditCard("credit_card_1", "visa", "1234");
    PaymentMethod paypal = owner.addPaypal("paypal_1");

    card.debit(new BigDecimal("9999.99"));
    paypal.credit(new BigDecimal("1.00"));

    assertThat(card.getBalance()).isNull();
    assertThat(paypal.getBalance()).isNull();
    assertThat(card.canCover(new BigDecimal("1000000.00"))).isTrue();
  }

  @Test
  void canCoverFollowsTheGiftCardBalance() {
    PaymentMethod card = giftCard("10.00");

    assertThat(card.canCover(new BigDecimal("10.00"))).isTrue();
    assertThat(card.canCover(new BigDecimal("10.01"))).isFalse();
    assertThat(card.canCover(BigDecimal.ZERO)).isFalse();
  }

  @Test
  void giftCardStartsWithANonNegativeBalance() {
    assertThatThrownBy(() -> giftCard("-1.00")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> owner.addGiftCard("gift_card_2", null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void creditCardNeedsFourDigits() {
    assertThatThrownBy(() -> owner.addCreditCard("credit_card_1", "visa", "12a4"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> owner.addCreditCard("credit_card_1", "visa", null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
