package com.shopassistant.customer;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /api/v1/me/payment-methods}. A credit card is stored as its brand and
 * last four digits only: never a full card number (charging cards belongs to a payment provider).
 * {@code GIFT_CARD} passes validation here so the answer can say why it is refused.
 *
 * @param kind {@code CREDIT_CARD} or {@code PAYPAL}
 * @param brand a card's brand ({@code visa}); not for PayPal
 * @param lastFour a card's last four digits; not for PayPal
 */
@CardDetailsMatchKind
public record NewPaymentMethodRequest(
    @NotNull @Pattern(regexp = "CREDIT_CARD|PAYPAL|GIFT_CARD", message = KIND_MESSAGE) String kind,
    @Size(max = 50) String brand,
    @Pattern(regexp = "\\d{4}", message = "must be exactly 4 digits") String lastFour) {

  static final String KIND_MESSAGE = "must be CREDIT_CARD or PAYPAL";

  PaymentMethodKind paymentMethodKind() {
    return PaymentMethodKind.valueOf(kind);
  }
}
