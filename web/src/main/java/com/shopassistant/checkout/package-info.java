/**
 * {@code /api/v1/checkout}: quoting and confirming the caller's cart as an order, and the
 * problem+json answers of checkout's and vouchers' refusals.
 */
package com.shopassistant.checkout;
