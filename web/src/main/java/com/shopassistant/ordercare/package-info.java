/**
 * Order care over HTTP: {@code POST /api/v1/orders/{number}/{cancel|address|payment|items|return|
 * exchange}/quote} describes a write and returns a confirmation token, {@code .../confirm} with
 * that token performs it once and answers the order. Refusals are problem+json, one type per rule
 * of the retail policy ({@link com.shopassistant.ordercare.OrderCareExceptionMapper}).
 */
package com.shopassistant.ordercare;
