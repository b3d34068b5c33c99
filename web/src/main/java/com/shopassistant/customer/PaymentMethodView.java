package com.shopassistant.customer;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * A payment method as JSON. Parts a kind does not have are left out: {@code brand} and {@code
 * lastFour} are a card's, {@code balance} a gift card's.
 *
 * @param id the method's id, for {@code /api/v1/me/payment-methods/{id}}
 * @param code the store-wide code orders and the assistant refer to it by ({@code paypal_7644869})
 * @param kind {@code CREDIT_CARD}, {@code PAYPAL} or {@code GIFT_CARD}
 * @param balance what is left on a gift card
 * @param isDefault whether checkout offers it first; JSON {@code "default"}
 */
@JsonbPropertyOrder({"id", "code", "kind", "brand", "lastFour", "balance", "default", "createdAt"})
public record PaymentMethodView(
    Long id,
    String code,
    PaymentMethodKind kind,
    String brand,
    String lastFour,
    BigDecimal balance,
    @JsonbProperty("default") boolean isDefault,
    OffsetDateTime createdAt) {

  public static PaymentMethodView of(PaymentMethod method) {
    return new PaymentMethodView(
        method.getId(),
        method.getCode(),
        method.getKind(),
        method.getBrand(),
        method.getLastFour(),
        method.getBalance(),
        method.isDefault(),
        method.getCreatedAt());
  }
}
