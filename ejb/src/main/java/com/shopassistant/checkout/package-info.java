/**
 * Checkout: vouchers judged for a cart ({@link com.shopassistant.checkout.VoucherChecks}), and
 * placing an order in two steps — a quote with a confirmation token, then a confirm with an
 * idempotency key that takes stock and money atomically and never places the same order twice.
 */
package com.shopassistant.checkout;
