package com.shopassistant.it.reliability;

import com.shopassistant.it.bench.BenchSessions;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One simulated customer for the whole run: the seed's four session types in turn (the benchmark's
 * scripted messages, {@link BenchSessions}), each chat message preceded by a browsing call of the
 * non-chat API, a think time after each. Odd-numbered customers register once and stay signed in,
 * and after a full purchase also check out through the REST API, retrying the confirm with the same
 * Idempotency-Key until it answers; even-numbered ones are a new guest every session.
 */
final class Customer {

  /** Counters over all customers of a run. */
  static final class Totals {
    final AtomicInteger restOrders = new AtomicInteger();
    final AtomicInteger confirmRetries = new AtomicInteger();
    final AtomicInteger confirmsAbandoned = new AtomicInteger();
    final AtomicInteger sessions = new AtomicInteger();
  }

  private static final String[] BROWSING = {
    "api/v1/products?q=headphones", "api/v1/products/BENCH-P1", "api/v1/cart", "api/v1/categories"
  };

  /** Confirms sent with one key before giving up (about a minute with Retry-After waits). */
  static final int CONFIRM_ATTEMPTS = 30;

  private final int index;
  private final Shopper shopper;
  private final long thinkMs;
  private final Totals totals;
  private int browsed;

  Customer(int index, Shopper shopper, long thinkMs, Totals totals) {
    this.index = index;
    this.shopper = shopper;
    this.thinkMs = thinkMs;
    this.totals = totals;
  }

  boolean registered() {
    return index % 2 == 1;
  }

  /**
   * A registered customer signs up before the run, as a returning customer has an account, a
   * default address and a card already: a hundred password hashes at once would measure the sign-up
   * rush, not the shop.
   */
  void prepare() throws InterruptedException {
    if (registered()) {
      ready();
    }
  }

  /** Plays sessions until {@code deadline} ({@link System#nanoTime()}). */
  void run(long deadline) throws InterruptedException {
    // Start spread over one think time, so customers do not move in lockstep.
    Thread.sleep((long) (Math.random() * thinkMs));
    BenchSessions[] types = BenchSessions.values();
    for (int round = index; System.nanoTime() < deadline; round++) {
      if (!ready()) {
        Thread.sleep(thinkMs);
        continue;
      }
      BenchSessions type = types[round % types.length];
      totals.sessions.incrementAndGet();
      String conversation = null;
      for (String message : type.messages) {
        if (System.nanoTime() >= deadline) {
          return;
        }
        shopper.get(BROWSING[browsed++ % BROWSING.length]);
        conversation = chat(message, conversation);
        Thread.sleep(thinkMs);
      }
      if (registered() && type == BenchSessions.FULL_PURCHASE) {
        checkOut();
        shopper.get("api/v1/orders?page=1&size=5");
        Thread.sleep(thinkMs);
      }
      if (!registered()) {
        shopper.signOut();
      }
    }
  }

  /** Signed in, with an address and a card; a guest is new each session. */
  private boolean ready() throws InterruptedException {
    if (shopper.signedIn()) {
      return true;
    }
    if (!shopper.signIn(registered())) {
      return false;
    }
    boolean address =
        shopper
            .post(
                "api/v1/me/addresses",
                "{\"label\":\"home\",\"address1\":\"1 Load Road\",\"city\":\"Jakarta\","
                    + "\"zip\":\"10110\",\"country\":\"Indonesia\",\"makeDefault\":true}")
            .ok();
    boolean card =
        shopper
            .post(
                "api/v1/me/payment-methods",
                "{\"kind\":\"CREDIT_CARD\",\"brand\":\"visa\",\"lastFour\":\"4242\"}")
            .ok();
    if (!(address && card)) {
      shopper.signOut(); // start again with a new identity next time
      return false;
    }
    return true;
  }

  private String chat(String message, String conversation) throws InterruptedException {
    var body = Json.createObjectBuilder().add("message", message);
    if (conversation != null) {
      body.add("conversationId", conversation);
    }
    Shopper.Answer answer = shopper.chat("api/v1/chat", body.build().toString());
    JsonObject json = answer.json();
    if (answer.ok() && json != null && json.containsKey("conversationId")) {
      return json.getString("conversationId");
    }
    return conversation;
  }

  /**
   * Cart, quote, confirm through the REST API. A confirm that got no answer or a 5xx is sent again
   * with the same key and token after Retry-After: the server must place the order once.
   */
  private void checkOut() throws InterruptedException {
    if (!shopper.post("api/v1/cart/lines", "{\"itemCode\":\"BENCH-P2-W\",\"quantity\":1}").ok()) {
      return;
    }
    Shopper.Answer quote = shopper.post("api/v1/checkout/quote", "{}");
    if (!quote.ok() || quote.json() == null) {
      return;
    }
    String body =
        Json.createObjectBuilder()
            .add("confirmationToken", quote.json().getString("confirmationToken"))
            .build()
            .toString();
    String key = "load-" + UUID.randomUUID();
    for (int attempt = 1; attempt <= CONFIRM_ATTEMPTS; attempt++) {
      Shopper.Answer confirm = shopper.post("api/v1/checkout/confirm", body, key);
      int status = confirm.call().status();
      if (status == 200 || status == 201) {
        totals.restOrders.incrementAndGet();
        return;
      }
      if (status != 0 && status < 500) {
        return; // refused for a reason of its own (e.g. the quote expired): not retried
      }
      totals.confirmRetries.incrementAndGet();
      Thread.sleep(2000);
    }
    totals.confirmsAbandoned.incrementAndGet();
  }
}
