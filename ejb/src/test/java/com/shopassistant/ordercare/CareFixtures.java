package com.shopassistant.ordercare;

import com.shopassistant.catalog.Product;
import com.shopassistant.catalog.ProductVariant;
import com.shopassistant.customer.Customer;
import com.shopassistant.customer.PaymentMethod;
import com.shopassistant.customer.PostalAddress;
import com.shopassistant.order.CustomerOrder;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * One customer with a gift card, a credit card and PayPal, a catalog of two products (a water
 * bottle in four options, one sold out, and a t-shirt), and orders built through the entities.
 */
final class CareFixtures {

  static final PostalAddress HOME =
      new PostalAddress("215 River Road", "Suite 991", "New York", "NY", "10083", "USA");

  final Customer customer = Customer.guest("james_li_5688");
  final PaymentMethod gift = customer.addGiftCard("gift_card_1", new BigDecimal("100.00"));
  final PaymentMethod card = customer.addCreditCard("credit_card_1", "visa", "4242");
  final PaymentMethod paypal = customer.addPaypal("paypal_1");

  final Product bottle = new Product("8310926033", "Water Bottle", null, null);
  final ProductVariant blue =
      bottle.addVariant("6469567736", new BigDecimal("47.84"), 9, Map.of("color", "blue"));
  final ProductVariant red =
      bottle.addVariant("1111111111", new BigDecimal("45.81"), 9, Map.of("color", "red"));
  final ProductVariant green =
      bottle.addVariant("2222222222", new BigDecimal("60.00"), 1, Map.of("color", "green"));
  final ProductVariant black =
      bottle.addVariant("3333333333", new BigDecimal("50.00"), 0, Map.of("color", "black"));
  final Product shirt = new Product("9523456873", "T-Shirt", null, null);
  final ProductVariant shirtM =
      shirt.addVariant("9612497925", new BigDecimal("50.88"), 5, Map.of("size", "M"));

  Map<String, PaymentMethod> methods() {
    Map<String, PaymentMethod> byCode = new LinkedHashMap<>();
    customer.getPaymentMethods().forEach(m -> byCode.put(m.getCode(), m));
    return byCode;
  }

  Function<String, Optional<ProductVariant>> variants() {
    List<ProductVariant> all = List.of(blue, red, green, black, shirtM);
    return code -> all.stream().filter(v -> v.getCode().equals(code)).findFirst();
  }

  /** A pending order of {@code items} (one unit per line, as tau2), paid in full by {@code by}. */
  CustomerOrder pending(PaymentMethod by, ProductVariant... items) {
    CustomerOrder order = new CustomerOrder("#W1000001", customer, HOME, "USD", null);
    for (ProductVariant item : items) {
      order.addLine(item, 1);
    }
    order.recordPayment(by, order.getTotals().getTotal());
    return order;
  }

  CustomerOrder delivered(PaymentMethod by, ProductVariant... items) {
    CustomerOrder order = pending(by, items);
    order.markProcessed();
    order.markDelivered();
    return order;
  }

  OrderCarePlanner planner(CustomerOrder order) {
    return new OrderCarePlanner(order, methods(), variants());
  }

  CarePlan plan(CustomerOrder order, CareRequest request) throws OrderCareException {
    return planner(order).plan(request);
  }

  /** Plans and applies, as the confirm step does. */
  CarePlan apply(CustomerOrder order, CareRequest request) throws OrderCareException {
    CarePlan plan = plan(order, request);
    new CarePlanApplier(methods(), variants(), () -> {}).apply(order, request, plan);
    return plan;
  }

  static CareRequest.Swap swap(ProductVariant from, ProductVariant to) {
    return new CareRequest.Swap(from.getCode(), to.getCode());
  }

  static BigDecimal money(String amount) {
    return new BigDecimal(amount);
  }
}
