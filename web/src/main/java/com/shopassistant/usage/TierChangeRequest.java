package com.shopassistant.usage;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** The body of {@code PUT /api/v1/admin/customers/{id}/tier}: the new tier, in any case. */
public record TierChangeRequest(
    @NotNull(message = "is required")
        @Pattern(
            regexp = "(?i)guest|free|premium|enterprise",
            message = "must be one of GUEST, FREE, PREMIUM, ENTERPRISE")
        String tier) {}
