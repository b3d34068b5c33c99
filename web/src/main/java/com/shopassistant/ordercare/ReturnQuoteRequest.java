package com.shopassistant.ordercare;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The body of {@code POST /api/v1/orders/{number}/return/quote}.
 *
 * @param itemCodes the units to send back: an item bought twice may be listed twice
 * @param paymentMethodCode where the refund goes: the method that paid the order or one of the
 *     caller's gift cards
 * @param reason why, optional, at most 500 characters
 */
public record ReturnQuoteRequest(
    @NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 64) String> itemCodes,
    @NotBlank @Size(max = 64) String paymentMethodCode,
    @Size(max = 500) String reason) {}
