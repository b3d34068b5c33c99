/**
 * The Gemini fake: a small HTTP server on 127.0.0.1 that speaks the Gemini REST protocol (v1beta)
 * as the Java SDK calls it, so tests, benchmarks and the evaluation runner exercise the real SDK
 * and the gateway without the internet. Replies are scripted (a FIFO queue, rules matched on the
 * request, a default), latency and random faults are configurable, every request is recorded, and
 * token counts follow the project's one estimate rule ({@link
 * com.shopassistant.usage.TokenEstimate}). Driven from Java ({@link
 * com.shopassistant.it.gemini.GeminiFake}, {@link com.shopassistant.it.gemini.GeminiFakeExtension})
 * or over HTTP under {@code /_fake/} ({@link com.shopassistant.it.gemini.GeminiFakeMain}).
 */
package com.shopassistant.it.gemini;
