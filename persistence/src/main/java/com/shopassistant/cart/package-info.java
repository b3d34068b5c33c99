/** Shopping carts: one per customer, its lines and the voucher applied to it. */
package com.shopassistant.cart;
