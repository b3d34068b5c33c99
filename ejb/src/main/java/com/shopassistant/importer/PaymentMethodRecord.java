package com.shopassistant.importer;

import com.shopassistant.customer.PaymentMethodKind;
import java.math.BigDecimal;

/**
 * A payment method of one customer.
 *
 * @param code the business key, unique across customers (tau2 {@code id})
 * @param kind credit card, PayPal or gift card
 * @param brand credit cards only, may be null
 * @param lastFour credit cards only: four digits
 * @param balance gift cards only: the opening balance at scale 2
 */
public record PaymentMethodRecord(
    String code, PaymentMethodKind kind, String brand, String lastFour, BigDecimal balance) {}
