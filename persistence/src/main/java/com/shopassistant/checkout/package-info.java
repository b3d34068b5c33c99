/**
 * Checkout data: vouchers with their limits and rules (whether one applies to a cart, and what it
 * takes off), and the record of each redemption.
 */
package com.shopassistant.checkout;
