package com.shopassistant.exporter;

import com.shopassistant.customer.PostalAddress;
import com.shopassistant.order.OrderStatus;
import jakarta.json.stream.JsonGenerator;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/** The pieces every section of the file writes alike: addresses, money, options, statuses. */
final class ExportJson {

  private ExportJson() {}

  /** τ²-bench always writes all six fields; a part the store does not have is an empty string. */
  static void address(JsonGenerator json, String name, PostalAddress address) {
    json.writeStartObject(name)
        .write("address1", address.getAddress1())
        .write("address2", orEmpty(address.getAddress2()))
        .write("city", address.getCity())
        .write("country", address.getCountry())
        .write("state", orEmpty(address.getState()))
        .write("zip", orEmpty(address.getZip()))
        .writeEnd();
  }

  /** Money with its two decimals, as the store keeps it. */
  static BigDecimal money(BigDecimal amount) {
    return amount.setScale(2, RoundingMode.HALF_EVEN);
  }

  static void options(JsonGenerator json, Map<String, String> options) {
    json.writeStartObject("options");
    options.forEach(json::write);
    json.writeEnd();
  }

  /** τ²-bench's status words; the importer reads each back to the same status. */
  static String status(OrderStatus status) {
    return switch (status) {
      case PENDING -> "pending";
      case PENDING_ITEMS_MODIFIED -> "pending (item modified)";
      case PROCESSED -> "processed";
      case DELIVERED -> "delivered";
      case CANCELLED -> "cancelled";
      case RETURN_REQUESTED -> "return requested";
      case EXCHANGE_REQUESTED -> "exchange requested";
    };
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }
}
