package com.shopassistant.ordercare;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /api/v1/orders/{number}/payment/quote}.
 *
 * @param paymentMethodCode the caller's method to pay with instead (e.g. {@code gift_card_1725971})
 */
public record PaymentQuoteRequest(@NotBlank @Size(max = 64) String paymentMethodCode) {}
