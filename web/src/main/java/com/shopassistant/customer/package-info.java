/**
 * The caller's own account over JSON: {@code /api/v1/me/addresses} and {@code
 * /api/v1/me/payment-methods}. Every method needs the {@code customer} role (declared once per
 * resource class, so a method added later cannot forget it) and takes the customer id from the
 * verified token; another customer's entry answers 404 exactly like a missing one. Entities never
 * leave this package as JSON: answers are the view records here.
 */
package com.shopassistant.customer;
