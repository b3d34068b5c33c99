/**
 * The caller's own orders over JSON, read only: {@code GET /api/v1/orders} (pages of summaries,
 * newest first) and {@code GET /api/v1/orders/{orderNumber}} (the full detail). Every method needs
 * the {@code customer} role and takes the customer id from the verified token; another customer's
 * order answers 404 exactly like a missing one. Answers are the view records here, never entities.
 */
package com.shopassistant.order;
