package com.shopassistant.cart;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code PUT /api/v1/cart/voucher}.
 *
 * @param code the voucher's code, in any case ({@code hemat10} is {@code HEMAT10})
 */
public record ApplyVoucherRequest(@NotBlank @Size(max = 64) String code) {}
