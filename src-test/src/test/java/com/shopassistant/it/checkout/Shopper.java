package com.shopassistant.it.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopassistant.it.support.ApiSession;
import com.shopassistant.it.support.HttpClients;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A customer of the checkout tests, signed in as a fresh guest, with the calls they make. Sign-ins
 * count against the client address (300 a minute in the test server), so each one comes from an
 * address of its own through {@code X-Forwarded-For}, which the rate limiter reads.
 */
record Shopper(ApiSession session) {

  private static final Duration TIMEOUT = Duration.ofSeconds(90);

  /** Confirms go over HTTP/1.1, one connection each, so a race is a race of requests. */
  private static final HttpClient CONFIRMS =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(30))
          .build();

  private static final int NETWORK = ThreadLocalRandom.current().nextInt(256);
  private static final AtomicInteger ADDRESSES = new AtomicInteger();

  /** A new guest. */
  static Shopper guest(URL deployment) throws IOException, InterruptedException {
    return new Shopper(signIn(deployment, "api/v1/auth/guest", "{}"));
  }

  /** The administrator, for imports. */
  static ApiSession admin(URL deployment) throws IOException, InterruptedException {
    String body =
        "{\"email\":\"admin\",\"password\":\""
            + System.getProperty("it.admin.password", "it-admin-secret")
            + "\"}";
    return signIn(deployment, "api/v1/auth/login", body);
  }

  private static ApiSession signIn(URL deployment, String path, String body)
      throws IOException, InterruptedException {
    int n = ADDRESSES.incrementAndGet();
    String from = "10." + NETWORK + "." + ((n >> 8) & 255) + "." + (n & 255);
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(HttpClients.under(deployment, path)))
            .timeout(TIMEOUT)
            .header("Content-Type", "application/json")
            .header("X-Forwarded-For", from)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    return ApiSession.fromAuthAnswer(deployment, HttpClients.send(request));
  }

  long id() {
    return session.customerId();
  }

  /** Saves an address and returns its id. */
  long addAddress(String label, boolean makeDefault) throws Exception {
    String body =
        "{\"label\":\""
            + label
            + "\",\"address1\":\"1 "
            + label
            + " Street\",\"city\":\"Portland\",\"state\":\"OR\",\"zip\":\"97205\","
            + "\"country\":\"USA\",\"makeDefault\":"
            + makeDefault
            + "}";
    return created(session.post("api/v1/me/addresses", body));
  }

  /** Saves a credit card and returns its id. */
  long addCard() throws Exception {
    return created(
        session.post(
            "api/v1/me/payment-methods",
            "{\"kind\":\"CREDIT_CARD\",\"brand\":\"visa\",\"lastFour\":\"4242\"}"));
  }

  /** A gift card with this balance (from the test probe: customers cannot add one); its id. */
  long addGiftCard(String balance) throws Exception {
    HttpResponse<String> answer =
        session.post(CheckoutProbeResource.PATH + "gift-card?balance=" + balance, "");
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return Long.parseLong(answer.body().strip());
  }

  /** An address and a card, so the guest can check out. */
  Shopper readyToPay() throws Exception {
    addAddress("home", true);
    addCard();
    return this;
  }

  JsonObject add(String itemCode, int quantity) throws Exception {
    return CheckoutCalls.ok(
        session.post(
            "api/v1/cart/lines",
            "{\"itemCode\":\"" + itemCode + "\",\"quantity\":" + quantity + "}"));
  }

  HttpResponse<String> cart() throws Exception {
    return session.get("api/v1/cart");
  }

  HttpResponse<String> applyVoucher(String code) throws Exception {
    return session.put("api/v1/cart/voucher", "{\"code\":\"" + code + "\"}");
  }

  HttpResponse<String> quote(String body) throws Exception {
    return session.post("api/v1/checkout/quote", body);
  }

  /** Quotes with the defaults and returns the confirmation token; fails unless it is a 200. */
  String quoteToken() throws Exception {
    return CheckoutCalls.ok(quote("{}")).getString("confirmationToken");
  }

  /** Confirms with this idempotency key; {@code key} null sends no header. */
  HttpResponse<String> confirm(String token, String key) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(
                URI.create(HttpClients.under(session.deployment(), "api/v1/checkout/confirm")))
            .timeout(TIMEOUT)
            .header("Authorization", "Bearer " + session.accessToken())
            .header("Content-Type", "application/json")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    token == null ? "{}" : "{\"confirmationToken\":\"" + token + "\"}"));
    if (key != null) {
      request.header("Idempotency-Key", key);
    }
    return CONFIRMS.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Confirms with a fresh idempotency key. */
  HttpResponse<String> confirm(String token) throws Exception {
    return confirm(token, UUID.randomUUID().toString());
  }

  JsonObject orders() throws Exception {
    return CheckoutCalls.ok(session.get("api/v1/orders"));
  }

  JsonObject paymentMethod(long id) throws Exception {
    return CheckoutCalls.ok(session.get("api/v1/me/payment-methods/" + id));
  }

  private static long created(HttpResponse<String> answer) {
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
    return HttpClients.json(answer).getJsonNumber("id").longValue();
  }
}
