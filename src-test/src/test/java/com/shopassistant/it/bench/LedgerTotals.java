package com.shopassistant.it.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

/** What the shared database metered for one customer: the ledger and leftover reservations. */
record LedgerTotals(long calls, long tokens, long largestCall, long reservationsLeft) {

  static LedgerTotals of(long customerId) throws Exception {
    String url =
        "jdbc:postgresql://127.0.0.1:5432/" + System.getProperty("bench.db", "shop_bench_limits");
    try (Connection db = DriverManager.getConnection(url, "postgres", "");
        PreparedStatement ledger =
            db.prepareStatement(
                "select count(*), coalesce(sum(total_tokens), 0), coalesce(max(total_tokens), 0)"
                    + " from token_usage where customer_id = ?");
        PreparedStatement reservations =
            db.prepareStatement("select count(*) from token_reservation where customer_id = ?")) {
      ledger.setLong(1, customerId);
      reservations.setLong(1, customerId);
      try (ResultSet sums = ledger.executeQuery();
          ResultSet left = reservations.executeQuery()) {
        sums.next();
        left.next();
        return new LedgerTotals(sums.getLong(1), sums.getLong(2), sums.getLong(3), left.getLong(1));
      }
    }
  }
}
