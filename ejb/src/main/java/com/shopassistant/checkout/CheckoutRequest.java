package com.shopassistant.checkout;

/**
 * What a customer asks a quote for; every part is optional.
 *
 * @param addressId one of the customer's addresses to ship to; null means the default one
 * @param paymentMethodId one of the customer's payment methods; null means the default one
 * @param voucherCode a voucher code to use instead of the cart's; null or blank means the cart's
 */
public record CheckoutRequest(Long addressId, Long paymentMethodId, String voucherCode) {

  public CheckoutRequest {
    voucherCode = voucherCode == null || voucherCode.isBlank() ? null : voucherCode.strip();
  }
}
