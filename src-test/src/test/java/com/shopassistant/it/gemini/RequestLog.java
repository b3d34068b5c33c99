package com.shopassistant.it.gemini;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.LongFunction;

/**
 * The requests the fake received, oldest first, numbered from 1 since the last reset. Bounded (the
 * oldest go first) so a long benchmark against a standalone fake cannot exhaust its memory.
 */
final class RequestLog {

  private final int limit;
  private final Deque<RecordedRequest> requests = new ArrayDeque<>();
  private long sequence;

  RequestLog(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("the request log needs room for one: " + limit);
    }
    this.limit = limit;
  }

  /** Numbers the request {@code make} builds and keeps it, so numbers follow the log's order. */
  synchronized RecordedRequest add(LongFunction<RecordedRequest> make) {
    RecordedRequest request = make.apply(++sequence);
    if (requests.size() == limit) {
      requests.removeFirst();
    }
    requests.addLast(request);
    return request;
  }

  synchronized List<RecordedRequest> all() {
    return new ArrayList<>(requests);
  }

  /** How many requests arrived since the last reset, kept or not. */
  synchronized long received() {
    return sequence;
  }

  synchronized void clear() {
    requests.clear();
    sequence = 0;
  }
}
