/**
 * {@code /api/v1/cart}: the caller's own cart as JSON, its request bodies, and the problem+json
 * answers of the cart's refusals.
 */
package com.shopassistant.cart;
