/**
 * The API's edge protections, applied to every request by JAX-RS filters before any resource runs:
 * the per-caller rate limit, CORS for the configured browser origins, and limits on request bodies
 * (size, unknown JSON fields). Later: sign-in and roles.
 */
package com.shopassistant.security;
