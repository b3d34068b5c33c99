/**
 * The API's edge: sign-in endpoints ({@code /api/v1/auth}) and the caller's identity read from the
 * verified token ({@link com.shopassistant.security.Caller}), then protections applied to every
 * request by JAX-RS filters before any resource runs: the per-caller rate limit, CORS for the
 * configured browser origins, and limits on request bodies (size, unknown JSON fields).
 */
package com.shopassistant.security;
