package com.shopassistant.it.gemini;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A reply given whenever a request matches, at most {@code times} times (or without limit). Rules
 * let many concurrent conversations be scripted at once, where a FIFO queue would hand one
 * conversation's reply to another.
 */
public final class FakeRule {

  /** Times for a rule without limit. */
  public static final int UNLIMITED = -1;

  private final Predicate<RecordedRequest> condition;
  private final FakeReply reply;
  private final Function<RecordedRequest, FakeReply> replier;
  private final AtomicInteger remaining;

  private FakeRule(Predicate<RecordedRequest> condition, FakeReply reply, int times) {
    this.condition = Objects.requireNonNull(condition, "condition");
    this.reply = FakeReply.requireNonNull(reply);
    this.replier = request -> this.reply;
    this.remaining = new AtomicInteger(times);
  }

  private FakeRule(
      Predicate<RecordedRequest> condition, Function<RecordedRequest, FakeReply> replier) {
    this.condition = Objects.requireNonNull(condition, "condition");
    this.reply = null;
    this.replier = Objects.requireNonNull(replier, "replier");
    this.remaining = new AtomicInteger(UNLIMITED);
  }

  /**
   * Answers every matching request with a reply made from it: e.g. a confirm call carrying the
   * confirmation token that an earlier function response in the same request holds.
   */
  public static FakeRule answering(
      Predicate<RecordedRequest> condition, Function<RecordedRequest, FakeReply> replier) {
    return new FakeRule(condition, replier);
  }

  /** Answers every matching request with {@code reply}. */
  public static FakeRule when(Predicate<RecordedRequest> condition, FakeReply reply) {
    return new FakeRule(condition, reply, UNLIMITED);
  }

  /** Answers the first {@code times} matching requests, then no longer matches. */
  public static FakeRule when(Predicate<RecordedRequest> condition, FakeReply reply, int times) {
    if (times < 1) {
      throw new IllegalArgumentException("times must be at least 1: " + times);
    }
    return new FakeRule(condition, reply, times);
  }

  /** The fixed reply; null for a rule {@link #answering} from the request. */
  public FakeReply reply() {
    return reply;
  }

  /** The reply to {@code request}, which this rule matched. */
  public FakeReply replyTo(RecordedRequest request) {
    return FakeReply.requireNonNull(replier.apply(request));
  }

  /** Uses one of the rule's times if the request matches and any are left. */
  boolean take(RecordedRequest request) {
    if (!condition.test(request)) {
      return false;
    }
    while (true) {
      int left = remaining.get();
      if (left == UNLIMITED) {
        return true;
      }
      if (left == 0) {
        return false;
      }
      if (remaining.compareAndSet(left, left - 1)) {
        return true;
      }
    }
  }
}
