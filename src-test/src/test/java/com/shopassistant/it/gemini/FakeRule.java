package com.shopassistant.it.gemini;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
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
  private final AtomicInteger remaining;

  private FakeRule(Predicate<RecordedRequest> condition, FakeReply reply, int times) {
    this.condition = Objects.requireNonNull(condition, "condition");
    this.reply = FakeReply.requireNonNull(reply);
    this.remaining = new AtomicInteger(times);
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

  public FakeReply reply() {
    return reply;
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
