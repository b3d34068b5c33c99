/**
 * Benchmarks run as plain programs against a running server (scripts under {@code
 * src-test/benchmarks}), not as tests: the chat turn's own overhead around a model of fixed
 * latency, and the tokens the seed's four session types cost.
 */
package com.shopassistant.it.bench;
