package com.shopassistant.security;

/**
 * A granted sign-in: who, the access token, and the refresh token for the cookie.
 *
 * @param profile the customer
 * @param accessToken the JWT for {@code Authorization: Bearer}
 * @param refreshToken the next refresh token
 */
public record SignIn(
    AccountProfile profile, AccessToken accessToken, IssuedRefreshToken refreshToken) {}
