/**
 * The Gemini gateway inside Liberty, with the Gemini fake started in the server's JVM where {@code
 * GEMINI_BASE_URL} points: Fault Tolerance on the real CDI bean (retries, the circuit breaker), the
 * context cache's name in PostgreSQL, and the metric names in {@code /metrics}.
 */
package com.shopassistant.it.geminigateway;
