package com.shopassistant.ordercare;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The body of {@code POST /api/v1/orders/{number}/exchange/quote}: every unit of the delivered
 * order to exchange, in one request — an order is exchanged once.
 *
 * @param items each is one unit; an item bought twice may be listed twice
 * @param paymentMethodCode the caller's method that pays a positive price difference or receives a
 *     negative one
 * @param reason why, optional, at most 500 characters
 */
public record ExchangeQuoteRequest(
    @NotEmpty @Size(max = 50) List<@Valid @NotNull ItemSwapRequest> items,
    @NotBlank @Size(max = 64) String paymentMethodCode,
    @Size(max = 500) String reason) {

  CareRequest.Exchange toCareRequest() {
    return new CareRequest.Exchange(ItemSwapRequest.swaps(items), paymentMethodCode, reason);
  }
}
