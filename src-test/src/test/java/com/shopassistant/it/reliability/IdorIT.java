package com.shopassistant.it.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopassistant.it.gemini.FakeReply;
import com.shopassistant.it.gemini.GeminiFakeExtension;
import com.shopassistant.it.order.OrderProbe;
import com.shopassistant.it.support.ApiSession;
import com.shopassistant.it.support.HttpClients;
import com.shopassistant.it.support.ShopDeployment;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Insecure direct object references: customer B, signed in with a token of their own, names
 * customer A's ids on every resource of {@code /api/v1} whose path takes one, and in the bodies
 * that carry ids or confirmation tokens. Every attempt is a 404 (403 on admin paths) problem+json
 * that answers like a missing id, holds none of A's data, and changes nothing of A's.
 *
 * <p>The list of path templates is checked against the OpenAPI document the server publishes: a new
 * resource with a path parameter fails {@link #everyPathWithAnIdInTheOpenApiDocumentIsProbed} until
 * a case for it is added here.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IdorIT {

  private static final String MISSING_ID = "999999999";
  private static final String MISSING_ORDER = "W0000001";

  /** Paths with an id that hold no caller's data: the public catalog. */
  private static final Set<String> PUBLIC = Set.of("/api/v1/products/{idOrCode}");

  @RegisterExtension static final GeminiFakeExtension GEMINI = new GeminiFakeExtension();

  /** Only the order probe runs in the server; this package (the load driver too) stays out. */
  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return ShopDeployment.withTestPackages(OrderProbe.class.getPackage());
  }

  @ArquillianResource URL baseUrl;

  private final AttackCatalog catalog = new AttackCatalog();

  /** One request of B's: on A's resource, and the same on a missing one. */
  private record Probe(
      String method, String template, String theirs, String missing, String body) {}

  @BeforeEach
  void openTheStore() throws Exception {
    GEMINI.fake().defaultReply(FakeReply.text("Noted."));
    catalog.importInto(baseUrl);
  }

  @Test
  void anotherCustomersIdOnEveryResourceIsAnsweredLikeAMissingOne() throws Exception {
    Victim a = new Victim(baseUrl, catalog);
    ApiSession b = ApiSession.guest(baseUrl);
    String bCard = ownCard(b);
    Map<String, String> before = snapshot(a);

    for (Probe probe : probes(a, bCard)) {
      HttpResponse<String> theirs = b.send(probe.method(), probe.theirs(), probe.body());
      HttpResponse<String> missing = b.send(probe.method(), probe.missing(), probe.body());
      String what = probe.method() + " " + probe.template();
      JsonObject theirsProblem = refused(what, theirs, a);
      JsonObject missingProblem = refused(what + " (missing)", missing, a);
      assertThat(theirs.statusCode()).as(what).isEqualTo(missing.statusCode());
      assertThat(theirsProblem.getString("type"))
          .as(what)
          .isEqualTo(missingProblem.getString("type"));
    }

    assertThat(snapshot(a)).as("A's data after B's attempts").isEqualTo(before);
  }

  @Test
  void anotherCustomersIdsAndTokensInRequestBodiesAreRefused() throws Exception {
    Victim a = new Victim(baseUrl, catalog);
    ApiSession b = ApiSession.guest(baseUrl);
    ownCard(b);
    Victim.ok(b.post("api/v1/cart/lines", catalog.line(catalog.lamp, 1)));
    Map<String, String> before = snapshot(a);

    refused(
        "checkout quote to A's address",
        b.post("api/v1/checkout/quote", "{\"addressId\":" + a.addressId + "}"),
        a);
    refused(
        "checkout quote paid by A's gift card",
        b.post("api/v1/checkout/quote", "{\"paymentMethodId\":" + a.giftCardId + "}"),
        a);
    refused("checkout confirm with A's token", Victim.confirmCheckout(b, a.checkoutToken), a);
    refused(
        "default address confirm with A's token",
        b.post("api/v1/me/default-address/confirm", Victim.confirm(a.defaultAddressToken)),
        a);
    refused(
        "chat in A's conversation",
        b.post(
            "api/v1/chat",
            "{\"conversationId\":\"" + a.conversationId + "\",\"message\":\"show it\"}"),
        a);
    refused(
        "chat confirming A's pending checkout",
        b.post(
            "api/v1/chat",
            "{\"conversationId\":\""
                + a.conversationId
                + "\",\"message\":\"yes\",\"confirmationToken\":\""
                + a.checkoutToken
                + "\"}"),
        a);
    for (String path :
        List.of("api/v1/admin/usage", "api/v1/admin/usage/alerts", "api/v1/admin/export")) {
      refused("GET " + path, b.get(path), a);
    }
    refused("import", b.post("api/v1/admin/import", "{\"products\":{}}"), a);

    assertThat(snapshot(a)).isEqualTo(before);
    assertThat(HttpClients.json(b.get("api/v1/orders")).getInt("total")).isZero();
  }

  @Test
  void everyPathWithAnIdInTheOpenApiDocumentIsProbed() throws Exception {
    Set<String> probed =
        probes(null, null).stream().map(Probe::template).collect(Collectors.toSet());
    Set<String> published = OpenApiPaths.withParameters(baseUrl);

    assertThat(published)
        .as("the OpenAPI document was read")
        .contains("/api/v1/cart/lines/{lineId}");
    Set<String> unprobed = new TreeSet<>(published);
    unprobed.removeAll(probed);
    unprobed.removeAll(PUBLIC);
    assertThat(unprobed).as("paths with an id and no IDOR case in IdorIT.probes").isEmpty();
  }

  /** Every request of B's on an id of A's; with a null victim, only the templates count. */
  private static List<Probe> probes(Victim a, String bCard) {
    Ids ids = new Ids(a);
    List<Probe> probes = new ArrayList<>();
    String addresses = "/api/v1/me/addresses/{id}";
    probes.add(get(addresses, ids.address));
    probes.add(probe("PUT", addresses + "/default", ids.address, null));
    probes.add(probe("DELETE", addresses, ids.address, null));
    String methods = "/api/v1/me/payment-methods/{id}";
    probes.add(get(methods, ids.card));
    probes.add(probe("PUT", methods + "/default", ids.card, null));
    probes.add(probe("DELETE", methods, ids.giftCard, null));
    probes.add(probe("DELETE", methods, ids.card, null));
    probes.add(get("/api/v1/conversations/{id}", ids.conversation));
    String line = "/api/v1/cart/lines/{lineId}";
    probes.add(probe("PUT", line, ids.cartLine, "{\"quantity\":5}"));
    probes.add(probe("DELETE", line, ids.cartLine, null));
    probes.add(orderProbe("GET", "/api/v1/orders/{orderNumber}", ids.pending, null));
    String care = "/api/v1/orders/{orderNumber}/";
    String swap = "{\"itemCode\":\"" + ids.lamp + "\",\"newItemCode\":\"" + ids.blackLamp + "\"}";
    Map<String, String> quotes =
        Map.of(
            "cancel", "{\"reason\":\"no longer needed\"}",
            "address", Victim.address("1 Attacker Way", false),
            "payment", "{\"paymentMethodCode\":\"" + bCard + "\"}",
            "items", "{\"items\":[" + swap + "],\"paymentMethodCode\":\"" + bCard + "\"}",
            "return",
                "{\"itemCodes\":[\""
                    + ids.lamp
                    + "\"],\"paymentMethodCode\":\""
                    + bCard
                    + "\",\"reason\":\"r\"}",
            "exchange",
                "{\"items\":["
                    + swap
                    + "],\"paymentMethodCode\":\""
                    + bCard
                    + "\",\"reason\":\"r\"}");
    quotes.forEach(
        (action, body) -> {
          String order =
              action.equals("return") || action.equals("exchange") ? ids.delivered : ids.pending;
          probes.add(orderProbe("POST", care + action + "/quote", order, body));
          probes.add(
              orderProbe(
                  "POST", care + action + "/confirm", order, Victim.confirm(ids.cancelToken)));
        });
    probes.add(
        new Probe(
            "PUT",
            "/api/v1/admin/customers/{id}/tier",
            "api/v1/admin/customers/" + ids.customer + "/tier",
            "api/v1/admin/customers/" + MISSING_ID + "/tier",
            "{\"tier\":\"enterprise\"}"));
    return probes;
  }

  /** A's ids as path segments ("0" placeholders when only the templates are wanted). */
  private static final class Ids {
    final String address;
    final String card;
    final String giftCard;
    final String conversation;
    final String cartLine;
    final String pending;
    final String delivered;
    final String cancelToken;
    final String customer;
    final String lamp;
    final String blackLamp;

    Ids(Victim a) {
      boolean real = a != null;
      address = real ? Long.toString(a.addressId) : "0";
      card = real ? Long.toString(a.cardId) : "0";
      giftCard = real ? Long.toString(a.giftCardId) : "0";
      conversation = real ? a.conversationId : "0";
      cartLine = real ? Long.toString(a.cartLineId) : "0";
      pending = real ? a.pendingOrder : "0";
      delivered = real ? a.deliveredOrder : "0";
      cancelToken = real ? a.cancelToken : "cf_0";
      customer = real ? Long.toString(a.session.customerId()) : "0";
      lamp = "lamp";
      blackLamp = "black";
    }
  }

  private static Probe get(String template, String id) {
    return probe("GET", template, id, null);
  }

  /** A probe whose one parameter is an id; the missing one is an id no row has. */
  private static Probe probe(String method, String template, String id, String body) {
    String missing =
        template.equals("/api/v1/conversations/{id}")
            ? "00000000-0000-4000-8000-000000000000"
            : MISSING_ID;
    return new Probe(method, template, fill(template, id), fill(template, missing), body);
  }

  private static Probe orderProbe(String method, String template, String order, String body) {
    return new Probe(method, template, fill(template, order), fill(template, MISSING_ORDER), body);
  }

  private static String fill(String template, String value) {
    return template.substring(1).replaceFirst("\\{[^}]+}", value);
  }

  /**
   * A refusal: 404 (or 403, for a role B lacks) problem+json that holds nothing of A's. Returns it.
   */
  private static JsonObject refused(String what, HttpResponse<String> answer, Victim a) {
    assertThat(answer.statusCode()).as(what + ": " + answer.body()).isIn(403, 404);
    assertThat(answer.headers().firstValue("Content-Type"))
        .as(what)
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(answer.body()).as(what).doesNotContain(a.secret).doesNotContain("4242");
    JsonObject problem = HttpClients.json(answer);
    assertThat(problem.getInt("status")).as(what).isEqualTo(answer.statusCode());
    return problem;
  }

  /** B's own card's code, for bodies that must name one of B's methods. */
  private static String ownCard(ApiSession b) throws Exception {
    HttpResponse<String> answer =
        b.post(
            "api/v1/me/payment-methods",
            "{\"kind\":\"CREDIT_CARD\",\"brand\":\"mastercard\",\"lastFour\":\"5555\"}");
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
    b.post("api/v1/me/addresses", Victim.address("2 Attacker Way", true));
    return HttpClients.json(answer).getString("code");
  }

  /** What A sees of their own data, to compare before and after B's attempts. */
  private static Map<String, String> snapshot(Victim a) throws Exception {
    Map<String, String> seen = new java.util.TreeMap<>();
    for (String path :
        List.of(
            "api/v1/me/addresses",
            "api/v1/me/payment-methods",
            "api/v1/cart",
            "api/v1/orders/" + a.pendingOrder,
            "api/v1/orders/" + a.deliveredOrder,
            "api/v1/conversations/" + a.conversationId)) {
      HttpResponse<String> answer = a.session.get(path);
      assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(200);
      seen.put(path, answer.body());
    }
    return seen;
  }
}
