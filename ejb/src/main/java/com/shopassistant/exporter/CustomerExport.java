package com.shopassistant.exporter;

import com.shopassistant.customer.Address;
import com.shopassistant.customer.Customer;
import com.shopassistant.customer.PaymentMethod;
import jakarta.json.stream.JsonGenerator;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code users}: every customer account with a name (guests and administrators are not τ²-bench
 * users), by handle. {@code address} is the default entry of the address book — the one τ²-bench's
 * {@code modify_user_address} rewrites, {@code home} for an imported user — and {@code orders}
 * lists the customer's order numbers in the order they were stored, which for an imported file is
 * the file's order.
 */
final class CustomerExport {

  private CustomerExport() {}

  static void write(EntityManager em, JsonGenerator json) {
    Map<Long, List<String>> orders = orderNumbersByCustomer(em);
    json.writeStartObject("users");
    PagedRead.each(
        em,
        Customer.class,
        "select c from Customer c where c.tier <> com.shopassistant.customer.CustomerTier.GUEST"
            + " and c.role = com.shopassistant.customer.CustomerRole.CUSTOMER"
            + " and c.firstName is not null order by c.handle",
        customer -> user(json, customer, orders.getOrDefault(customer.getId(), List.of())),
        "c.addresses",
        "c.paymentMethods");
    json.writeEnd();
  }

  private static Map<Long, List<String>> orderNumbersByCustomer(EntityManager em) {
    Map<Long, List<String>> numbers = new HashMap<>();
    em.createQuery(
            "select o.customer.id, o.orderNumber from CustomerOrder o order by o.id",
            Object[].class)
        .getResultList()
        .forEach(
            row ->
                numbers
                    .computeIfAbsent((Long) row[0], id -> new ArrayList<>())
                    .add((String) row[1]));
    return numbers;
  }

  private static void user(JsonGenerator json, Customer customer, List<String> orders) {
    json.writeStartObject(customer.getHandle())
        .write("user_id", customer.getHandle())
        .writeStartObject("name")
        .write("first_name", customer.getFirstName())
        .write("last_name", customer.getLastName() == null ? "" : customer.getLastName())
        .writeEnd();
    if (customer.getEmail() != null) {
      json.write("email", customer.getEmail());
    }
    customer
        .defaultAddress()
        .or(() -> customer.getAddresses().stream().findFirst())
        .map(Address::getPostalAddress)
        .ifPresent(address -> ExportJson.address(json, "address", address));
    json.writeStartObject("payment_methods");
    customer.getPaymentMethods().forEach(method -> paymentMethod(json, method));
    json.writeEnd().writeStartArray("orders");
    orders.forEach(json::write);
    json.writeEnd().writeEnd();
  }

  private static void paymentMethod(JsonGenerator json, PaymentMethod method) {
    json.writeStartObject(method.getCode());
    switch (method.getKind()) {
      case CREDIT_CARD -> {
        json.write("source", "credit_card");
        if (method.getBrand() != null) {
          json.write("brand", method.getBrand());
        }
        json.write("last_four", method.getLastFour());
      }
      case PAYPAL -> json.write("source", "paypal");
      case GIFT_CARD ->
          json.write("source", "gift_card").write("balance", ExportJson.money(method.getBalance()));
    }
    json.write("id", method.getCode()).writeEnd();
  }
}
