package com.shopassistant.ordercare;

import com.shopassistant.confirmation.IssuedConfirmation;

/**
 * A quoted order-care write: what it will do, and the token that confirms exactly that.
 *
 * @param plan the description shown to the customer
 * @param confirmation the single-use token and when it expires
 */
public record OrderCareQuote(CarePlan plan, IssuedConfirmation confirmation) {}
