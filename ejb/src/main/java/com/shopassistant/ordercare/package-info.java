/**
 * Order care under τ²-bench's retail policy: cancelling a pending order, changing its shipping
 * address, payment method or item options, and requesting a return or an exchange of a delivered
 * one. Every write is two-step ({@link com.shopassistant.confirmation}): a quote plans it against
 * the order as it is ({@link com.shopassistant.ordercare.OrderCarePlanner}) and describes exactly
 * what will happen; the confirm plans it again under row locks, refuses it if anything quoted
 * changed, and applies it ({@link com.shopassistant.ordercare.CarePlanApplier}) once.
 */
package com.shopassistant.ordercare;
