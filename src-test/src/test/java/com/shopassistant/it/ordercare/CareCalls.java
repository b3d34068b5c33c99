package com.shopassistant.it.ordercare;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopassistant.it.support.AccountProbes;
import com.shopassistant.it.support.ApiSession;
import com.shopassistant.it.support.HttpClients;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.List;

/**
 * The order-care API as one signed-in customer calls it, plus the probe that gives that customer
 * products, orders and gift cards. Client side: every call is HTTP.
 */
final class CareCalls {

  private static final String PROBE = "api/v1/test/ordercare-probe/";

  final ApiSession session;

  CareCalls(ApiSession session) {
    this.session = session;
  }

  /** A new product with a variant per price (stock given per variant); its item codes. */
  List<String> product(List<String> prices, List<Integer> stocks)
      throws IOException, InterruptedException {
    JsonArrayBuilder p = Json.createArrayBuilder();
    prices.forEach(p::add);
    JsonArrayBuilder s = Json.createArrayBuilder();
    stocks.forEach(s::add);
    String body = Json.createObjectBuilder().add("prices", p).add("stocks", s).build().toString();
    HttpResponse<String> answer = session.post(PROBE + "products", body);
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return AccountProbes.array(answer).getValuesAs(JsonString.class).stream()
        .map(JsonString::getString)
        .toList();
  }

  /** A PENDING or DELIVERED order of one unit per item, paid in full with {@code paidWith}. */
  String order(String status, String paidWith, String... itemCodes)
      throws IOException, InterruptedException {
    JsonArrayBuilder items = Json.createArrayBuilder();
    for (String code : itemCodes) {
      items.add(code);
    }
    String body =
        Json.createObjectBuilder()
            .add("status", status)
            .add("itemCodes", items)
            .add("paidWith", paidWith)
            .build()
            .toString();
    HttpResponse<String> answer = session.post(PROBE + "orders", body);
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return HttpClients.json(answer).getString("orderNumber");
  }

  /** A gift card with this balance: its {@code id} and {@code code}. */
  JsonObject giftCard(String balance) throws IOException, InterruptedException {
    HttpResponse<String> answer = session.post(PROBE + "gift-cards?balance=" + balance, "");
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return HttpClients.json(answer);
  }

  /** A credit card added through the account API: its {@code id} and {@code code}. */
  JsonObject creditCard() throws IOException, InterruptedException {
    HttpResponse<String> answer =
        session.post(
            "api/v1/me/payment-methods",
            "{\"kind\":\"CREDIT_CARD\",\"brand\":\"visa\",\"lastFour\":\"4242\"}");
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
    return HttpClients.json(answer);
  }

  void changePrice(String itemCode, String price) throws IOException, InterruptedException {
    HttpResponse<String> answer =
        session.post(PROBE + "prices?itemCode=" + itemCode + "&price=" + price, "");
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
  }

  HttpResponse<String> quote(String number, String action, String body)
      throws IOException, InterruptedException {
    return session.post(orderPath(number) + "/" + action + "/quote", body);
  }

  /** A quote that must succeed. */
  JsonObject quoted(String number, String action, String body)
      throws IOException, InterruptedException {
    HttpResponse<String> answer = quote(number, action, body);
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return HttpClients.json(answer);
  }

  HttpResponse<String> confirm(String number, String action, String token)
      throws IOException, InterruptedException {
    return session.post(
        orderPath(number) + "/" + action + "/confirm", "{\"confirmationToken\":\"" + token + "\"}");
  }

  /** Quotes, then confirms with the quote's token; both must succeed; the order after. */
  JsonObject perform(String number, String action, String body)
      throws IOException, InterruptedException {
    String token = quoted(number, action, body).getString("confirmationToken");
    HttpResponse<String> answer = confirm(number, action, token);
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return HttpClients.json(answer);
  }

  JsonObject order(String number) throws IOException, InterruptedException {
    HttpResponse<String> answer = session.get(orderPath(number));
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return HttpClients.json(answer);
  }

  /** The balance of one of the caller's gift cards, read through the account API. */
  BigDecimal balance(JsonObject giftCard) throws IOException, InterruptedException {
    HttpResponse<String> answer =
        session.get("api/v1/me/payment-methods/" + giftCard.getJsonNumber("id").longValue());
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return HttpClients.json(answer).getJsonNumber("balance").bigDecimalValue();
  }

  /** The balance of the caller's gift card with this code, read through the account API. */
  BigDecimal balanceOf(String code) throws IOException, InterruptedException {
    return AccountProbes.array(session.get("api/v1/me/payment-methods"))
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(m -> m.getString("code").equals(code))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no payment method " + code))
        .getJsonNumber("balance")
        .bigDecimalValue();
  }

  static String orderPath(String number) {
    return "api/v1/orders/" + number.replace("#", "");
  }

  static String swaps(String paymentMethodCode, String... fromTo) {
    JsonArrayBuilder items = Json.createArrayBuilder();
    for (int i = 0; i < fromTo.length; i += 2) {
      items.add(
          Json.createObjectBuilder().add("itemCode", fromTo[i]).add("newItemCode", fromTo[i + 1]));
    }
    return Json.createObjectBuilder()
        .add("items", items)
        .add("paymentMethodCode", paymentMethodCode)
        .build()
        .toString();
  }
}
