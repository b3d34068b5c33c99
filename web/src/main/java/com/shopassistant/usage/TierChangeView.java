package com.shopassistant.usage;

import com.shopassistant.customer.TierChange;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.Locale;

/** A customer's tier after an administrator's change, and the one before. */
@JsonbPropertyOrder({"customerId", "handle", "email", "tier", "previousTier"})
public record TierChangeView(
    long customerId, String handle, String email, String tier, String previousTier) {

  static TierChangeView of(TierChange change) {
    return new TierChangeView(
        change.customerId(),
        change.handle(),
        change.email(),
        change.tier().name().toLowerCase(Locale.ROOT),
        change.previousTier().name().toLowerCase(Locale.ROOT));
  }
}
