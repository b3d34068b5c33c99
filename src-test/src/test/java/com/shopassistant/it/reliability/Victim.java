package com.shopassistant.it.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopassistant.it.support.AccountProbes;
import com.shopassistant.it.support.ApiSession;
import com.shopassistant.it.support.HttpClients;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

/**
 * A customer with something of every kind the API keeps per caller — an address, a card, a gift
 * card, a pending and a delivered order, a cart line, a conversation and open confirmation tokens —
 * each marked with {@link #secret}, so an attacker's answers can be searched for it.
 */
final class Victim {

  final ApiSession session;
  final String secret = "victim-" + UUID.randomUUID().toString().substring(0, 8);
  final long addressId;
  final long cardId;
  final String cardCode;
  final long giftCardId;
  final String pendingOrder;
  final String deliveredOrder;
  final long cartLineId;
  final String conversationId;
  final String checkoutToken;
  final String cancelToken;
  final String defaultAddressToken;

  Victim(URL deployment, AttackCatalog catalog) throws Exception {
    session = ApiSession.register(deployment, "victim-password-" + secret);
    addressId = createdId(session.post("api/v1/me/addresses", address(secret + " Lane", true)));
    JsonObject card =
        created(
            session.post(
                "api/v1/me/payment-methods",
                "{\"kind\":\"CREDIT_CARD\",\"brand\":\"visa\",\"lastFour\":\"4242\"}"));
    cardId = card.getJsonNumber("id").longValue();
    cardCode = card.getString("code");
    giftCardId = AccountProbes.addGiftCard(session, "77.00").getJsonNumber("id").longValue();
    deliveredOrder = AccountProbes.placeOrders(session, 1).get(0).substring(1);
    ok(session.post("api/v1/cart/lines", catalog.line(catalog.lamp, 1)));
    String token = ok(session.post("api/v1/checkout/quote", "{}")).getString("confirmationToken");
    pendingOrder = placed(confirmCheckout(session, token));
    JsonObject cart = ok(session.post("api/v1/cart/lines", catalog.line(catalog.lamp, 2)));
    cartLineId = cart.getJsonArray("lines").getJsonObject(0).getJsonNumber("id").longValue();
    checkoutToken = ok(session.post("api/v1/checkout/quote", "{}")).getString("confirmationToken");
    cancelToken =
        ok(session.post(
                "api/v1/orders/" + pendingOrder + "/cancel/quote",
                "{\"reason\":\"no longer needed\"}"))
            .getString("confirmationToken");
    defaultAddressToken =
        ok(session.post(
                "api/v1/me/default-address/quote", address("moved " + secret + " Road", false)))
            .getString("confirmationToken");
    conversationId =
        ok(session.post(
                "api/v1/chat",
                Json.createObjectBuilder()
                    .add("message", "my secret is " + secret)
                    .build()
                    .toString()))
            .getString("conversationId");
  }

  /** {@code POST /api/v1/checkout/confirm} with a fresh idempotency key. */
  static HttpResponse<String> confirmCheckout(ApiSession caller, String token) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create(HttpClients.under(caller.deployment(), "api/v1/checkout/confirm")))
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", "Bearer " + caller.accessToken())
            .header("Content-Type", "application/json")
            .header("Idempotency-Key", UUID.randomUUID().toString())
            .POST(HttpRequest.BodyPublishers.ofString(confirm(token)))
            .build();
    return HttpClients.send(request);
  }

  static String confirm(String token) {
    return "{\"confirmationToken\":\"" + token + "\"}";
  }

  /** An address body; {@code makeDefault} only where the endpoint takes it. */
  static String address(String street, boolean makeDefault) {
    return "{"
        + (makeDefault ? "\"label\":\"home\",\"makeDefault\":true," : "")
        + "\"address1\":\""
        + street
        + "\",\"city\":\"Portland\",\"state\":\"OR\",\"zip\":\"97205\",\"country\":\"USA\"}";
  }

  private static String placed(HttpResponse<String> answer) {
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
    return HttpClients.json(answer).getString("orderNumber").substring(1);
  }

  private static JsonObject created(HttpResponse<String> answer) {
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
    return HttpClients.json(answer);
  }

  private static long createdId(HttpResponse<String> answer) {
    return created(answer).getJsonNumber("id").longValue();
  }

  static JsonObject ok(HttpResponse<String> answer) {
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return HttpClients.json(answer);
  }
}
