package com.shopassistant.importer;

import com.shopassistant.order.TransactionKind;
import java.math.BigDecimal;

/**
 * One entry of an order's payment history.
 *
 * @param kind payment or refund
 * @param amount greater than zero, at scale 2
 * @param paymentMethodCode the customer's payment method (tau2 {@code payment_method_id})
 */
public record PaymentRecord(TransactionKind kind, BigDecimal amount, String paymentMethodCode) {}
