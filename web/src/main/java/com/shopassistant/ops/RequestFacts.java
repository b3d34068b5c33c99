package com.shopassistant.ops;

import jakarta.enterprise.context.RequestScoped;

/**
 * What the request log line says about one API request beyond what the filter sees itself: the
 * conversation a chat request belongs to and the Gemini tokens its turn used. Resources fill it
 * (request-scoped, so each request has its own); {@link RequestLogFilter} starts and writes it.
 * Holds ids and numbers only, never a message text.
 */
@RequestScoped
public class RequestFacts {

  private long startedNanos;
  private TraceContext trace;
  private String method;
  private String endpoint = RouteTemplate.UNMATCHED;
  private String userId;
  private String sessionId;
  private Long geminiInputTokens;
  private Long geminiOutputTokens;
  private boolean endsWithStream;
  private boolean written;

  void start(long nanos, TraceContext requestTrace, String requestMethod) {
    this.startedNanos = nanos;
    this.trace = requestTrace;
    this.method = requestMethod;
  }

  void matched(String template) {
    this.endpoint = template;
  }

  void user(String id) {
    this.userId = id;
  }

  /** The conversation (chat session) this request is about. */
  public void session(String conversationId) {
    this.sessionId = conversationId;
  }

  /** Tokens Gemini reported for this request's turn, all its model calls together. */
  public void geminiTokens(long input, long output) {
    this.geminiInputTokens = input;
    this.geminiOutputTokens = output;
  }

  /**
   * The request's answer is a stream that outlives the response filter: its line is written when
   * the stream ends ({@link RequestLog#streamEnded}), with the turn's tokens.
   */
  public void endsWithStream() {
    this.endsWithStream = true;
  }

  boolean started() {
    return trace != null;
  }

  /** True the first time only: a request has one line. */
  boolean markWritten() {
    boolean first = !written;
    written = true;
    return first;
  }

  long startedNanos() {
    return startedNanos;
  }

  TraceContext trace() {
    return trace;
  }

  String method() {
    return method;
  }

  String endpoint() {
    return endpoint;
  }

  String userId() {
    return userId;
  }

  String sessionId() {
    return sessionId;
  }

  Long geminiInputTokens() {
    return geminiInputTokens;
  }

  Long geminiOutputTokens() {
    return geminiOutputTokens;
  }

  boolean streamed() {
    return endsWithStream;
  }
}
