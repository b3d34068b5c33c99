package com.shopassistant.it.eval;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Signs the replay in as a τ²-bench user. Imported users have no password, and no tool takes a user
 * id, so the replay gives the user a throw-away password in the evaluation's own database — in the
 * format Jakarta Security's PBKDF2 hash stores ({@code algorithm:iterations:salt:hash}, Base64),
 * with few iterations: it guards nothing — and signs in with it like any customer.
 */
final class Tau2Users {

  private Tau2Users() {}

  static EvalClient signIn(String url, Connection db, String handle) throws Exception {
    String password = "replay-" + UUID.randomUUID();
    String email;
    try (PreparedStatement update =
        db.prepareStatement(
            "update customer set password_hash = ? where handle = ? returning email")) {
      update.setString(1, hash(password));
      update.setString(2, handle);
      try (ResultSet row = update.executeQuery()) {
        if (!row.next() || row.getString(1) == null) {
          throw new IllegalArgumentException("no customer with an e-mail has the handle " + handle);
        }
        email = row.getString(1);
      }
    }
    return EvalClient.login(url, email, password);
  }

  /** The handle of the customer with this e-mail address (stored lower-case). */
  static String byEmail(Connection db, String email) throws SQLException {
    return single(db, "select handle from customer where email = lower(?)", email);
  }

  /** The handle of the customer with these names whose address book has this zip. */
  static String byNameZip(Connection db, String first, String last, String zip)
      throws SQLException {
    return single(
        db,
        "select distinct c.handle from customer c join address a on a.customer_id = c.id"
            + " where c.first_name = ? and c.last_name = ? and a.zip = ?",
        first,
        last,
        zip);
  }

  /** The handle of the customer who placed this order. */
  static String byOrder(Connection db, String orderNumber) throws SQLException {
    return single(
        db,
        "select c.handle from customer c join customer_order o on o.customer_id = c.id"
            + " where o.order_number = ?",
        orderNumber);
  }

  private static String single(Connection db, String sql, String... parameters)
      throws SQLException {
    try (PreparedStatement query = db.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        query.setString(i + 1, parameters[i]);
      }
      try (ResultSet rows = query.executeQuery()) {
        if (!rows.next()) {
          throw new IllegalArgumentException(
              "no customer found for " + String.join(", ", parameters));
        }
        String handle = rows.getString(1);
        if (rows.next()) {
          throw new IllegalArgumentException(
              "several customers for " + String.join(", ", parameters));
        }
        return handle;
      }
    }
  }

  static String hash(String password) throws Exception {
    byte[] salt = new byte[32];
    new SecureRandom().nextBytes(salt);
    int iterations = 1_000;
    byte[] hash =
        SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512")
            .generateSecret(new PBEKeySpec(password.toCharArray(), salt, iterations, 256))
            .getEncoded();
    Base64.Encoder base64 = Base64.getEncoder();
    return "PBKDF2WithHmacSHA512:"
        + iterations
        + ":"
        + base64.encodeToString(salt)
        + ":"
        + base64.encodeToString(hash);
  }
}
