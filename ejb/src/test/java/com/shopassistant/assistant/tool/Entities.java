package com.shopassistant.assistant.tool;

import com.shopassistant.catalog.Product;
import com.shopassistant.catalog.ProductVariant;
import com.shopassistant.customer.Customer;
import com.shopassistant.customer.PaymentMethod;
import com.shopassistant.customer.PostalAddress;
import com.shopassistant.order.CustomerOrder;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.util.Map;

/**
 * Entities built as the application builds them, with the ids the database would give them set by
 * reflection (tools show ids to the model, and no database runs in these tests).
 */
final class Entities {

  static final PostalAddress HOME =
      new PostalAddress("215 River Road", "Suite 991", "New York", "NY", "10083", "USA");

  final Customer customer = Customer.guest("tool_test_customer");
  final PaymentMethod card = withId(customer.addCreditCard("credit_card_1", "visa", "4242"), 11L);
  final PaymentMethod paypal = withId(customer.addPaypal("paypal_1"), 12L);
  final PaymentMethod gift =
      withId(customer.addGiftCard("gift_card_1", new BigDecimal("80.00")), 13L);

  final Product lamp = new Product("8310926033", "Desk Lamp", null, null);
  final ProductVariant white =
      lamp.addVariant("6469567736", new BigDecimal("47.84"), 9, Map.of("color", "white"));
  final ProductVariant black =
      lamp.addVariant("1111111111", new BigDecimal("45.81"), 9, Map.of("color", "black"));

  /** A pending order of one white lamp, paid by card. */
  CustomerOrder pendingOrder() {
    CustomerOrder order = new CustomerOrder("#W1000001", customer, HOME, "USD", null);
    order.addLine(white, 1);
    order.recordPayment(card, order.getTotals().getTotal());
    return order;
  }

  static <T> T withId(T entity, long id) {
    try {
      Field field = entity.getClass().getDeclaredField("id");
      field.setAccessible(true);
      field.set(entity, id);
      return entity;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
