package com.shopassistant.it.gemini;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What the fake answers a model call with, in this order: a random fault (if a fault rate is set),
 * the head of the FIFO queue, the first matching rule, the default reply. Faults come first so a
 * retry after a fault still gets the scripted reply. Safe for concurrent calls: the queue hands
 * each reply to exactly one call, a rule's remaining times are counted atomically.
 */
final class FakeScript {

  private final ConcurrentLinkedQueue<FakeReply> queue = new ConcurrentLinkedQueue<>();
  private final List<FakeRule> rules = new CopyOnWriteArrayList<>();
  private volatile FakeReply defaultReply = FakeReply.defaultReply();
  private volatile Duration latency = Duration.ZERO;
  private volatile FakeFaults faults = FakeFaults.NONE;

  void enqueue(FakeReply reply) {
    queue.add(FakeReply.requireNonNull(reply));
  }

  void addRule(FakeRule rule) {
    rules.add(rule);
  }

  void defaultReply(FakeReply reply) {
    defaultReply = FakeReply.requireNonNull(reply);
  }

  void latency(Duration fixed) {
    latency = fixed == null ? Duration.ZERO : fixed;
  }

  Duration latency() {
    return latency;
  }

  void faults(FakeFaults randomFaults) {
    faults = randomFaults == null ? FakeFaults.NONE : randomFaults;
  }

  int queued() {
    return queue.size();
  }

  FakeReply choose(RecordedRequest request) {
    FakeReply fault = faults.draw();
    if (fault != null) {
      return fault;
    }
    FakeReply next = queue.poll();
    if (next != null) {
      return next;
    }
    for (FakeRule rule : rules) {
      if (rule.take(request)) {
        return rule.replyTo(request);
      }
    }
    return defaultReply;
  }

  void reset() {
    queue.clear();
    rules.clear();
    defaultReply = FakeReply.defaultReply();
    latency = Duration.ZERO;
    faults = FakeFaults.NONE;
  }
}
