package com.shopassistant.security;

/**
 * The outcome of a successful refresh.
 *
 * @param customerId whose sign-in it is
 * @param next the token that replaces the one presented
 */
public record RefreshRotation(long customerId, IssuedRefreshToken next) {}
