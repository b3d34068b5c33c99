/**
 * The chat API: a message in, the assistant's answer out (JSON, or streamed as server-sent events),
 * and the caller's stored conversations.
 */
package com.shopassistant.assistant;
