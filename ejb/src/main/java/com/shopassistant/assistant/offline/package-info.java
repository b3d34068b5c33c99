/**
 * The offline assistant: a rule-based, deterministic {@link
 * com.shopassistant.assistant.model.ChatModel} that answers when no Gemini key is configured and is
 * the last link of the fallback chain. It reads plain shopping requests in English and Bahasa
 * Indonesia, acts through the same tools with the same arguments and the same confirmation rule as
 * the model, and words its replies only from tool results. It keeps no state: every call reads the
 * turn so far from the request's history. {@link
 * com.shopassistant.assistant.offline.OfflineSummariser} folds old turns into a summary without a
 * model.
 */
package com.shopassistant.assistant.offline;
