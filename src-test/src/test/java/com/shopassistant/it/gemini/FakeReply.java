package com.shopassistant.it.gemini;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One scripted answer of the fake: text and/or function calls, or an HTTP error in Google's format,
 * or a hang; optionally after a delay. Immutable: the {@code with...} methods return copies.
 *
 * @param text the model's text (empty for none)
 * @param calls the function calls, after the text
 * @param status 200, or the HTTP error status to answer with (e.g. 429, 500, 503)
 * @param errorMessage the error's message, or null for Google's usual one
 * @param delay how long to wait before answering (added to the fake's fixed latency)
 * @param hangs never answer (until the fake is reset or stopped): longer than any client timeout
 * @param finishReason the candidate's finish reason (STOP unless scripted otherwise)
 * @param blockReason when set, no candidate at all: {@code promptFeedback.blockReason} instead
 * @param thoughtSignature a thought signature (base64) put on the first part, or null
 */
public record FakeReply(
    String text,
    List<FakeCall> calls,
    int status,
    String errorMessage,
    Duration delay,
    boolean hangs,
    String finishReason,
    String blockReason,
    String thoughtSignature) {

  /** What the fake answers when nothing else is scripted: neutral, and obviously the fake's. */
  public static final String DEFAULT_TEXT = "I'm the Gemini fake: nothing is scripted for this.";

  public FakeReply {
    text = text == null ? "" : text;
    calls = calls == null ? List.of() : List.copyOf(calls);
    delay = delay == null ? Duration.ZERO : delay;
    finishReason = finishReason == null ? "STOP" : finishReason;
  }

  public static FakeReply text(String text) {
    return new FakeReply(text, List.of(), 200, null, null, false, null, null, null);
  }

  public static FakeReply call(String name, java.util.Map<String, Object> args) {
    return calls(FakeCall.of(name, args));
  }

  public static FakeReply calls(FakeCall... calls) {
    return new FakeReply("", List.of(calls), 200, null, null, false, null, null, null);
  }

  /** An HTTP error with Google's JSON body ({@code {"error":{"code","message","status"}}}). */
  public static FakeReply error(int status) {
    return error(status, null);
  }

  public static FakeReply error(int status, String message) {
    if (status < 400) {
      throw new IllegalArgumentException("an error needs a status of 400 or more: " + status);
    }
    return new FakeReply("", List.of(), status, message, null, false, null, null, null);
  }

  /** No answer until the fake is reset or stopped. */
  public static FakeReply hang() {
    return new FakeReply("", List.of(), 200, null, null, true, null, null, null);
  }

  /** A prompt the model refused: no candidate, {@code promptFeedback.blockReason}. */
  public static FakeReply blocked(String blockReason) {
    return new FakeReply("", List.of(), 200, null, null, false, null, blockReason, null);
  }

  /** The same reply with these function calls (after its text) instead of its own. */
  public FakeReply withCalls(List<FakeCall> newCalls) {
    return new FakeReply(
        text,
        newCalls,
        status,
        errorMessage,
        delay,
        hangs,
        finishReason,
        blockReason,
        thoughtSignature);
  }

  public FakeReply andCall(String name, java.util.Map<String, Object> args) {
    List<FakeCall> more = new ArrayList<>(calls);
    more.add(FakeCall.of(name, args));
    return new FakeReply(
        text,
        more,
        status,
        errorMessage,
        delay,
        hangs,
        finishReason,
        blockReason,
        thoughtSignature);
  }

  public FakeReply after(Duration wait) {
    return new FakeReply(
        text,
        calls,
        status,
        errorMessage,
        wait,
        hangs,
        finishReason,
        blockReason,
        thoughtSignature);
  }

  public FakeReply withFinishReason(String reason) {
    return new FakeReply(
        text, calls, status, errorMessage, delay, hangs, reason, blockReason, thoughtSignature);
  }

  public FakeReply withThoughtSignature(String signature) {
    return new FakeReply(
        text, calls, status, errorMessage, delay, hangs, finishReason, blockReason, signature);
  }

  public boolean isError() {
    return status >= 400;
  }

  /** A short description for logs and assertion messages. */
  @Override
  public String toString() {
    if (hangs) {
      return "hang";
    }
    if (isError()) {
      return "error " + status;
    }
    if (blockReason != null) {
      return "blocked " + blockReason;
    }
    String names = calls.stream().map(FakeCall::name).toList().toString();
    return "text '" + text + "'" + (calls.isEmpty() ? "" : " + calls " + names);
  }

  static FakeReply defaultReply() {
    return text(DEFAULT_TEXT);
  }

  static FakeReply requireNonNull(FakeReply reply) {
    return Objects.requireNonNull(reply, "reply");
  }
}
