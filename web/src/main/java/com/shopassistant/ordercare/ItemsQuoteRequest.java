package com.shopassistant.ordercare;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The body of {@code POST /api/v1/orders/{number}/items/quote}: every item of the pending order to
 * switch, in one request — items are modified once per order.
 *
 * @param items each names one line holding the item, and all of that line's units switch (τ²-bench
 *     orders hold one unit per line); an item listed twice takes two lines
 * @param paymentMethodCode the caller's method that pays a positive price difference or receives a
 *     negative one
 */
public record ItemsQuoteRequest(
    @NotEmpty @Size(max = 50) List<@Valid @NotNull ItemSwapRequest> items,
    @NotBlank @Size(max = 64) String paymentMethodCode) {

  CareRequest.ModifyItems toCareRequest() {
    return new CareRequest.ModifyItems(ItemSwapRequest.swaps(items), paymentMethodCode);
  }
}
