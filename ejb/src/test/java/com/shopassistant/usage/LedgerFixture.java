package com.shopassistant.usage;

import com.shopassistant.customer.CustomerTier;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Customers and ledger rows written straight into a test database. */
final class LedgerFixture {

  private static final OffsetDateTime CREATED =
      OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

  private LedgerFixture() {}

  /** A customer on {@code tier}; returns its id. */
  static long customer(NativeSql db, String handle, String email, CustomerTier tier) {
    db.update(
        "insert into customer (handle, email, tier, role, created_at, updated_at)"
            + " values (?1, ?2, ?3, 'CUSTOMER', ?4, ?5)",
        handle,
        email,
        tier.name(),
        CREATED,
        CREATED);
    return ((Number) db.query("select id from customer where handle = ?1", handle).get(0)[0])
        .longValue();
  }

  /** One model call; its total is input plus output. */
  static void call(
      NativeSql db,
      long customerId,
      OffsetDateTime at,
      String model,
      String tier,
      int input,
      int output,
      int cached,
      String costUsd) {
    db.update(
        "insert into token_usage (occurred_at, customer_id, model, tier, input_tokens,"
            + " output_tokens, cached_tokens, total_tokens, cost_usd)"
            + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        at,
        customerId,
        model,
        tier,
        input,
        output,
        cached,
        input + output,
        new BigDecimal(costUsd));
  }

  /** A call of {@code tokens} input tokens and no cost. */
  static void tokens(NativeSql db, long customerId, OffsetDateTime at, String tier, int tokens) {
    call(db, customerId, at, "gemini-2.5-flash", tier, tokens, 0, 0, "0");
  }
}
