package com.shopassistant.confirmation;

/**
 * What a confirmation token was issued for, read without claiming it: a confirm step that takes
 * only a token (the assistant's {@code confirm_order_change}) learns from it which write to perform
 * and on what.
 *
 * @param action the write it confirms
 * @param subject what it is about (an order number for order care), or null
 */
public record ConfirmationTarget(ConfirmableAction action, String subject) {}
