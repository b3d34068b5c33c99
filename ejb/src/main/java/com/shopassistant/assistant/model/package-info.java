/**
 * The conversation as the assistant's loop sees it, independent of any model vendor: messages,
 * function calls and replies. The Gemini gateway and the offline assistant both answer a {@link
 * com.shopassistant.assistant.model.ModelRequest} with a {@link
 * com.shopassistant.assistant.model.ModelReply}, so the loop, the tools and the confirmation rule
 * are the same whichever answers.
 */
package com.shopassistant.assistant.model;
