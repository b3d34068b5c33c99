package com.shopassistant.it.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopassistant.it.support.ApiSession;
import com.shopassistant.it.support.HttpClients;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;

/** A customer chatting through {@code POST /api/v1/chat}, remembering the conversation. */
public final class ChatCalls {

  private final ApiSession session;
  private String conversationId;

  public ChatCalls(ApiSession session) {
    this.session = session;
  }

  String conversationId() {
    return conversationId;
  }

  /** Sends a message; fails the test unless the answer is a 200. */
  JsonObject say(String message) throws Exception {
    return send(message, null);
  }

  /** Presses Confirm on a confirmation card: the message with that card's token. */
  JsonObject confirmCard(String message, String token) throws Exception {
    return send(message, token);
  }

  private JsonObject send(String message, String token) throws Exception {
    var body = Json.createObjectBuilder().add("message", message);
    if (conversationId != null) {
      body.add("conversationId", conversationId);
    }
    if (token != null) {
      body.add("confirmationToken", token);
    }
    HttpResponse<String> answer = session.post("api/v1/chat", body.build().toString());
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    JsonObject json = HttpClients.json(answer);
    conversationId = json.getString("conversationId");
    return json;
  }

  static List<String> toolNames(JsonObject answer) {
    return answer.getJsonArray("toolCalls").getValuesAs(JsonObject.class).stream()
        .map(call -> call.getString("name"))
        .toList();
  }

  static List<Boolean> toolOutcomes(JsonObject answer) {
    return answer.getJsonArray("toolCalls").getValuesAs(JsonObject.class).stream()
        .map(call -> call.getBoolean("ok"))
        .toList();
  }

  /** The caller's orders as the API lists them. */
  JsonObject orders() throws Exception {
    HttpResponse<String> answer = session.get("api/v1/orders");
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return HttpClients.json(answer);
  }

  JsonObject cart() throws Exception {
    HttpResponse<String> answer = session.get("api/v1/cart");
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return HttpClients.json(answer);
  }

  /** Saves a default home address and a default card, so the customer can check out. */
  public void readyToPay() throws Exception {
    HttpResponse<String> address =
        session.post(
            "api/v1/me/addresses",
            "{\"label\":\"office\",\"address1\":\"1 Jalan Sudirman\",\"city\":\"Jakarta\","
                + "\"zip\":\"10220\",\"country\":\"Indonesia\",\"makeDefault\":true}");
    assertThat(address.statusCode()).as(address.body()).isEqualTo(201);
    HttpResponse<String> card =
        session.post(
            "api/v1/me/payment-methods",
            "{\"kind\":\"CREDIT_CARD\",\"brand\":\"visa\",\"lastFour\":\"4242\"}");
    assertThat(card.statusCode()).as(card.body()).isEqualTo(201);
  }
}
