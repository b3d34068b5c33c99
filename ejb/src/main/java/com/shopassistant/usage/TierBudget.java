package com.shopassistant.usage;

/** A tier's token limits per day and per month. */
public record TierBudget(TokenLimit daily, TokenLimit monthly) {

  public boolean unlimited() {
    return daily.unlimited() && monthly.unlimited();
  }
}
