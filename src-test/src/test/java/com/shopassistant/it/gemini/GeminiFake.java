package com.shopassistant.it.gemini;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The Gemini fake: an HTTP server on 127.0.0.1 speaking Gemini's v1beta REST protocol as the Java
 * SDK calls it (see the package). Script it with {@link #enqueue}, {@link #rule}, {@link
 * #defaultReply}, {@link #latency}, {@link #faults}; read what the SDK sent with {@link
 * #requests()}; {@link #reset()} between tests. Every exchange runs on a thread of its own, so 100
 * concurrent calls (and hangs) do not wait for each other.
 *
 * <p>With an API key configured, a request without {@code x-goog-api-key} (or {@code ?key=}) is
 * answered 401 UNAUTHENTICATED, one with another key 403 PERMISSION_DENIED, in Google's error
 * format.
 */
public final class GeminiFake implements AutoCloseable {

  /** How many requests the log keeps unless told otherwise. */
  public static final int DEFAULT_RECORD_LIMIT = 10_000;

  private final HttpServer server;
  private final ExecutorService executor;
  private final String apiKey;
  private final FakeScript script = new FakeScript();
  private final RequestLog log;
  private final CachedContents caches = new CachedContents(Clock.systemUTC());
  private final AtomicInteger cacheFailuresLeft = new AtomicInteger();
  private volatile int cacheFailureStatus;
  private volatile CountDownLatch release = new CountDownLatch(1);
  private volatile int streamChunks = 3;
  private volatile Duration streamChunkDelay = Duration.ZERO;
  private volatile Duration hangLimit = Duration.ofMinutes(10);

  static {
    // The JDK server writes headers and body apart; with Nagle's algorithm on, the client's delayed
    // ACK then adds ~40 ms to every call, which would swamp the latencies benchmarks measure.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  private GeminiFake(int port, String apiKey, int recordLimit) throws IOException {
    this.apiKey = apiKey == null || apiKey.isEmpty() ? null : apiKey;
    this.log = new RequestLog(recordLimit);
    this.server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 256);
    AtomicInteger threads = new AtomicInteger();
    this.executor =
        Executors.newCachedThreadPool(
            task -> {
              Thread thread = new Thread(task, "gemini-fake-" + threads.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    server.setExecutor(executor);
    server.createContext("/", new FakeRouter(this, this.apiKey));
    server.start();
  }

  /** Starts a fake on {@code port} (0: any free port) that accepts any API key. */
  public static GeminiFake start(int port) {
    return start(port, null, DEFAULT_RECORD_LIMIT);
  }

  /** Starts a fake on {@code port} that requires {@code apiKey} (null: any key). */
  public static GeminiFake start(int port, String apiKey) {
    return start(port, apiKey, DEFAULT_RECORD_LIMIT);
  }

  public static GeminiFake start(int port, String apiKey, int recordLimit) {
    try {
      return new GeminiFake(port, apiKey, recordLimit);
    } catch (IOException e) {
      throw new UncheckedIOException("the Gemini fake cannot listen on port " + port, e);
    }
  }

  public int port() {
    return server.getAddress().getPort();
  }

  /** What to give the SDK's {@code HttpOptions.baseUrl}. */
  public String baseUrl() {
    return "http://127.0.0.1:" + port();
  }

  /** Replies handed out first come, first served, before rules and the default. */
  public GeminiFake enqueue(FakeReply... replies) {
    for (FakeReply reply : replies) {
      script.enqueue(reply);
    }
    return this;
  }

  public GeminiFake rule(FakeRule rule) {
    script.addRule(rule);
    return this;
  }

  /** The reply when neither the queue nor a rule has one ({@link FakeReply#DEFAULT_TEXT}). */
  public GeminiFake defaultReply(FakeReply reply) {
    script.defaultReply(reply);
    return this;
  }

  /**
   * How long every model call takes: its answer leaves {@code latency} (plus a reply's own delay)
   * after the request arrived, the fake's own work included, so a benchmark's model time is exactly
   * calls × latency.
   */
  public GeminiFake latency(Duration latency) {
    script.latency(latency);
    return this;
  }

  public GeminiFake faults(FakeFaults faults) {
    script.faults(faults);
    return this;
  }

  /** Into how many chunks (at most) a streamed text is cut; 3 unless set. */
  public GeminiFake streamChunks(int chunks) {
    if (chunks < 1) {
      throw new IllegalArgumentException("at least one chunk: " + chunks);
    }
    streamChunks = chunks;
    return this;
  }

  public GeminiFake streamChunkDelay(Duration delay) {
    streamChunkDelay = delay == null ? Duration.ZERO : delay;
    return this;
  }

  /** How long a hang lasts at most (10 minutes unless set), should nobody reset the fake. */
  public GeminiFake hangLimit(Duration limit) {
    hangLimit = limit;
    return this;
  }

  /** The next {@code times} cachedContents calls fail with {@code status}. */
  public GeminiFake failCacheCalls(int status, int times) {
    cacheFailureStatus = status;
    cacheFailuresLeft.set(times);
    return this;
  }

  /** Every request kept since the last reset, oldest first (the API key redacted). */
  public List<RecordedRequest> requests() {
    return log.all();
  }

  /** The generateContent and streamGenerateContent requests, oldest first. */
  public List<RecordedRequest> modelCalls() {
    return log.all().stream().filter(r -> r.action().endsWith("enerateContent")).toList();
  }

  /** The last model call; fails when there was none. */
  public RecordedRequest lastModelCall() {
    List<RecordedRequest> calls = modelCalls();
    if (calls.isEmpty()) {
      throw new IllegalStateException("the Gemini fake has received no model call");
    }
    return calls.get(calls.size() - 1);
  }

  /** How many requests arrived since the last reset (including any the log no longer keeps). */
  public long received() {
    return log.received();
  }

  /** How many cached contents exist (unexpired). */
  public int cachedContentCount() {
    return caches.size();
  }

  /** How many queued replies are still waiting for a call. */
  public int queued() {
    return script.queued();
  }

  /**
   * Forgets the script, the requests, the cached contents and scripted cache failures, restores the
   * defaults, and ends every hang and delay in progress.
   */
  public void reset() {
    script.reset();
    log.clear();
    caches.clear();
    cacheFailuresLeft.set(0);
    streamChunks = 3;
    streamChunkDelay = Duration.ZERO;
    CountDownLatch ended = release;
    release = new CountDownLatch(1);
    ended.countDown();
  }

  @Override
  public void close() {
    release.countDown();
    server.stop(0);
    executor.shutdownNow();
  }

  RequestLog log() {
    return log;
  }

  FakeScript script() {
    return script;
  }

  CachedContents caches() {
    return caches;
  }

  int streamChunks() {
    return streamChunks;
  }

  Duration streamChunkDelay() {
    return streamChunkDelay;
  }

  /** Waits {@code wait}, or less if the fake is reset or stopped meanwhile. */
  void pause(Duration wait) {
    if (wait.isZero() || wait.isNegative()) {
      return;
    }
    try {
      release.await(wait.toNanos(), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  void hang() {
    pause(hangLimit);
  }

  /** The status of a scripted cache failure for this call, or 0. */
  int takeCacheFailure() {
    return cacheFailuresLeft.getAndUpdate(left -> Math.max(0, left - 1)) > 0
        ? cacheFailureStatus
        : 0;
  }
}
