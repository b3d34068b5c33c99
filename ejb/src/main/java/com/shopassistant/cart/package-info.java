/**
 * The caller's shopping cart: one per customer, created on first use; adding, changing and removing
 * lines with the stock checked, and the cart's contents and totals as the API and the assistant
 * show them.
 */
package com.shopassistant.cart;
