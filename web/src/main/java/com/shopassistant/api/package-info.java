/** The JAX-RS application under {@code /api} and its RFC 9457 problem+json error answers. */
package com.shopassistant.api;
