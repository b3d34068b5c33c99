package com.shopassistant.customer;

/** The plan a customer is on; it sets the assistant's budgets and rate limits. */
public enum CustomerTier {
  GUEST,
  FREE,
  PREMIUM,
  ENTERPRISE
}
