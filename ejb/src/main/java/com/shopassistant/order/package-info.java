/**
 * Order care for the customer who placed the orders: reading their order history (a page of
 * summaries, and an order's full detail). Every method takes the caller's customer id; another
 * customer's order is not found, exactly like one that does not exist.
 */
package com.shopassistant.order;
