/**
 * The Gemini gateway: the only code that touches the Google Gen AI SDK. {@link
 * com.shopassistant.assistant.gemini.GeminiGateway} answers the assistant's vendor-neutral {@link
 * com.shopassistant.assistant.model.ModelRequest} through {@link
 * com.shopassistant.assistant.gemini.GeminiCalls} (MicroProfile Fault Tolerance: timeout, retry on
 * 429/5xx with the SDK's own retries off, circuit breaker, bulkhead), maps requests and replies
 * ({@link com.shopassistant.assistant.gemini.GeminiRequests}, {@link
 * com.shopassistant.assistant.gemini.GeminiReplies}) and SDK errors ({@link
 * com.shopassistant.assistant.gemini.GeminiErrors}), keeps the system prompt and tool declarations
 * in a Gemini context cache shared by all instances ({@link
 * com.shopassistant.assistant.gemini.GeminiContextCache}), and counts calls, latency, tokens and
 * cache use in MicroProfile Metrics ({@link com.shopassistant.assistant.gemini.GeminiMetrics}).
 */
package com.shopassistant.assistant.gemini;
