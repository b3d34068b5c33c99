package com.shopassistant.security;

import java.time.Instant;

/**
 * A signed access token.
 *
 * @param jwt the compact serialization, sent as {@code Authorization: Bearer}
 * @param expiresAt when it stops being accepted
 * @param lifetimeSeconds its lifetime from issue, for the {@code expiresIn} of OAuth-style answers
 */
public record AccessToken(String jwt, Instant expiresAt, long lifetimeSeconds) {}
