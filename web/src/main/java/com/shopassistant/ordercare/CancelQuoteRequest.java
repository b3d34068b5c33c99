package com.shopassistant.ordercare;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /api/v1/orders/{number}/cancel/quote}.
 *
 * @param reason exactly {@code no longer needed} or {@code ordered by mistake}; another is refused
 *     as {@code invalid-cancel-reason}
 */
public record CancelQuoteRequest(@NotBlank @Size(max = 100) String reason) {}
