package com.shopassistant.checkout;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /api/v1/checkout/confirm}.
 *
 * @param confirmationToken the token of the quote the customer said yes to
 */
public record ConfirmRequest(@NotBlank @Size(max = 100) String confirmationToken) {}
