package com.shopassistant.cart;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * The body of {@code PUT /api/v1/cart/lines/{lineId}}: the line's new quantity. Zero is not a way
 * to remove a line ({@code DELETE} is), so it is refused like any other out-of-range number.
 *
 * @param quantity units the line should hold, 1 to 99
 */
public record CartLineQuantityRequest(
    @NotNull @Min(1) @Max(CartLine.MAX_QUANTITY) Integer quantity) {}
