package com.shopassistant.customer;

/**
 * A customer's tier as an administrator set it.
 *
 * @param email null for a guest
 * @param previousTier the tier before the change (the same when nothing changed)
 */
public record TierChange(
    long customerId, String handle, String email, CustomerTier previousTier, CustomerTier tier) {}
