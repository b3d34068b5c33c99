/**
 * The assistant's conversation loop: a customer's message in, an answer built from real store data
 * out. Loads the conversation, picks a model, sends the system prompt, the trimmed history and the
 * tools, runs the tools the model calls as the caller (writes only after the customer's yes),
 * stores every message and meters every call. Sub-packages: {@code model} (vendor-neutral
 * messages), {@code tool} (the tools), {@code gemini} (the SDK gateway), {@code offline} (the
 * rule-based assistant used without a key and as the last fallback).
 */
package com.shopassistant.assistant;
