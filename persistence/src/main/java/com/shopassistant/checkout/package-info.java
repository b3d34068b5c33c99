/** Checkout data: vouchers with their limits and the record of each redemption. */
package com.shopassistant.checkout;
