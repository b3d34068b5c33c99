package com.shopassistant.it.eval;

import jakarta.json.JsonObject;

/**
 * A customer's metered model calls and tokens this month, from {@code GET /api/v1/usage/me}: every
 * call the ledger charged them, the background history summaries included, which no chat answer
 * reports.
 */
public record Metered(long calls, long tokens) {

  /**
   * Reads the customer's usage until it stops changing (a summary folded in the background after
   * the last answer may still be running), at most about three seconds.
   */
  static Metered settled(EvalClient customer) throws Exception {
    Metered last = read(customer);
    for (int i = 0; i < 10; i++) {
      Thread.sleep(300);
      Metered now = read(customer);
      if (now.equals(last)) {
        return now;
      }
      last = now;
    }
    return last;
  }

  private static Metered read(EvalClient customer) throws Exception {
    JsonObject month = EvalClient.json(customer.get("api/v1/usage/me")).getJsonObject("month");
    return new Metered(
        month.getJsonNumber("calls").longValue(), month.getJsonNumber("total").longValue());
  }
}
