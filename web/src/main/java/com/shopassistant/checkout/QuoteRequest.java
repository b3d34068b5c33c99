package com.shopassistant.checkout;

import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /api/v1/checkout/quote}; every field is optional.
 *
 * @param addressId one of the caller's addresses; absent means the default address
 * @param paymentMethodId one of the caller's payment methods; absent means the default one
 * @param voucherCode a voucher to use instead of the cart's (any case); absent means the cart's
 */
public record QuoteRequest(
    Long addressId, Long paymentMethodId, @Size(max = 64) String voucherCode) {

  static final QuoteRequest NONE = new QuoteRequest(null, null, null);

  CheckoutRequest toCheckoutRequest() {
    return new CheckoutRequest(addressId, paymentMethodId, voucherCode);
  }
}
