package com.shopassistant.it.eval;

import com.shopassistant.it.gemini.FakeJson;
import com.shopassistant.it.gemini.FakeReply;
import com.shopassistant.it.gemini.FakeRule;
import com.shopassistant.it.gemini.GeminiFake;
import com.shopassistant.it.gemini.RecordedRequest;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * Plays scripted sessions against a running server whose Gemini is {@code fake}: before each turn
 * the turn's model replies are lined up, and the fake hands them out, in order, to the chat calls
 * of that turn only — a request that declares tools (or names a cached content, which holds them).
 * The history summaries the server makes in the background declare no tools and get the fake's
 * default reply, so they never take a scripted one. Sessions are played one after another.
 */
public final class SessionPlayer {

  private final String baseUrl;
  private final Deque<FakeReply> lined = new ConcurrentLinkedDeque<>();

  public SessionPlayer(String baseUrl, GeminiFake fake) {
    this.baseUrl = baseUrl;
    fake.rule(
        FakeRule.answering(
            SessionPlayer::isChatCall,
            request -> Objects.requireNonNullElseGet(lined.poll(), SessionPlayer::unscripted)));
  }

  static boolean isChatCall(RecordedRequest request) {
    return request.hasTools() || request.cachedContent() != null;
  }

  private static FakeReply unscripted() {
    return FakeReply.text("(the script has no more replies for this turn)");
  }

  /** Plays {@code script} as a new registered customer with an address and a card. */
  public SessionResult play(SessionScript script) throws Exception {
    EvalClient customer = EvalClient.register(baseUrl);
    customer.readyToPay();
    return play(script, customer);
  }

  /** Plays {@code script} as {@code customer}, in a new conversation. */
  public SessionResult play(SessionScript script, EvalClient customer) throws Exception {
    customer.newConversation();
    Tally tally = new Tally();
    String pendingToken = null;
    for (SessionScript.Turn turn : script.turns()) {
      lined.clear();
      for (JsonObject reply : turn.model()) {
        lined.add(FakeJson.reply(Templates.fill(reply, pendingToken)));
      }
      long start = System.nanoTime();
      JsonObject answer = customer.chat(turn.user());
      tally.turn(answer, (System.nanoTime() - start) / 1e6, turn);
      JsonValue pending = answer.get("pendingConfirmation");
      pendingToken = pending instanceof JsonObject open ? open.getString("token", null) : null;
    }
    lined.clear();
    tally.finalState(customer, script.finalState(), pendingToken != null);
    return tally.result(script, Metered.settled(customer));
  }

  /** The session's sums and the checks that failed, turn by turn. */
  private static final class Tally {
    private int modelCalls;
    private int toolCalls;
    private long input;
    private long output;
    private long cached;
    private BigDecimal cost = BigDecimal.ZERO;
    private final List<Double> latency = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();
    private final List<ToolRun> tools = new ArrayList<>();

    void turn(JsonObject answer, double millis, SessionScript.Turn turn) {
      latency.add(millis);
      JsonObject usage = answer.getJsonObject("usage");
      modelCalls += usage.getInt("modelCalls");
      input += usage.getInt("input");
      output += usage.getInt("output");
      cached += usage.getInt("cached");
      JsonValue turnCost = usage.get("costUsd");
      if (turnCost instanceof JsonNumber number) {
        cost = cost.add(number.bigDecimalValue());
      }
      List<JsonObject> calls = answer.getJsonArray("toolCalls").getValuesAs(JsonObject.class);
      List<String> ran = calls.stream().map(call -> call.getString("name")).toList();
      toolCalls += ran.size();
      calls.forEach(call -> tools.add(ToolRun.of(call)));
      if (turn.tools() == null) {
        return;
      }
      if (!turn.tools().equals(ran)) {
        failures.add(
            "turn \"" + turn.user() + "\": expected tools " + turn.tools() + ", ran " + ran);
      }
      calls.stream()
          .filter(call -> !call.getBoolean("ok", false))
          .forEach(
              call ->
                  failures.add(
                      "turn \""
                          + turn.user()
                          + "\": "
                          + call.getString("name")
                          + " refused: "
                          + call.getString("summary", "")));
    }

    void finalState(EvalClient customer, JsonObject expected, boolean pending) throws Exception {
      if (expected.containsKey("orders")) {
        long orders =
            EvalClient.json(customer.get("api/v1/orders")).getJsonNumber("total").longValue();
        check("orders", expected.getInt("orders"), orders);
      }
      if (expected.containsKey("cartItems")) {
        long items = EvalClient.json(customer.get("api/v1/cart")).getInt("itemCount");
        check("cartItems", expected.getInt("cartItems"), items);
      }
      if (expected.containsKey("pending") && expected.getBoolean("pending") != pending) {
        failures.add("final pending confirmation: expected " + expected.getBoolean("pending"));
      }
    }

    private void check(String what, long expected, long actual) {
      if (expected != actual) {
        failures.add("final " + what + ": expected " + expected + ", was " + actual);
      }
    }

    SessionResult result(SessionScript script, Metered metered) {
      return new SessionResult(
          script.name(),
          script.type(),
          script.language(),
          script.turns().size(),
          modelCalls,
          toolCalls,
          input,
          output,
          cached,
          cost,
          List.copyOf(latency),
          List.copyOf(tools),
          metered,
          List.copyOf(failures));
    }
  }
}
