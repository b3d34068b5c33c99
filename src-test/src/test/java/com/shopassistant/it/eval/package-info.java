/**
 * The evaluation harness: scripted sessions played against any running server whose Gemini is this
 * package's fake ({@link com.shopassistant.it.eval.SessionRunner}), the token gates over them, the
 * replay of τ²-bench retail actions through the assistant's tools ({@link
 * com.shopassistant.it.eval.Tau2Replay}) and the store's export back to τ²-bench's {@code db.json}.
 * See docs/evaluation.md.
 */
package com.shopassistant.it.eval;
