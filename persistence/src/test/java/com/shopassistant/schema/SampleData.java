package com.shopassistant.schema;

import com.shopassistant.assistant.Conversation;
import com.shopassistant.assistant.MessageRole;
import com.shopassistant.cart.Cart;
import com.shopassistant.catalog.Category;
import com.shopassistant.catalog.Product;
import com.shopassistant.catalog.ProductVariant;
import com.shopassistant.checkout.DiscountType;
import com.shopassistant.checkout.Voucher;
import com.shopassistant.checkout.VoucherRedemption;
import com.shopassistant.customer.Customer;
import com.shopassistant.customer.CustomerRole;
import com.shopassistant.customer.CustomerTier;
import com.shopassistant.customer.PaymentMethod;
import com.shopassistant.customer.PostalAddress;
import com.shopassistant.order.CustomerOrder;
import com.shopassistant.order.ItemSwap;
import com.shopassistant.usage.TokenCounts;
import com.shopassistant.usage.TokenUsage;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** A small graph in the shape of tau2's data, written through the entities' own methods. */
final class SampleData {

  static final String SHIRT = "9523456873";
  static final String BLUE_M = "9612497925";
  static final String RED_XL = "8124970213";
  static final String NOAH = "noah_brown_6181";
  static final PostalAddress HOME =
      new PostalAddress("986 Sunset Drive", "Suite 259", "Denver", "CO", "80279", "USA");

  private SampleData() {}

  static Product catalog(EntityManager em) {
    Category clothing = new Category("clothing", "Clothing", "Things to wear");
    em.persist(clothing);
    Product shirt = new Product(SHIRT, "T-Shirt", "Soft cotton tee", clothing);
    shirt.addVariant(
        BLUE_M,
        new BigDecimal("50.88"),
        10,
        Map.of("color", "blue", "size", "M", "material", "cotton"));
    shirt.addVariant(
        RED_XL,
        new BigDecimal("48.85"),
        0,
        Map.of("color", "red", "size", "XL", "material", "cotton"));
    em.persist(shirt);
    return shirt;
  }

  static Customer customer(EntityManager em) {
    Customer noah =
        new Customer(
            NOAH,
            "noah.brown7922@example.com".replace(".brown7922", ""),
            "Noah",
            "Brown",
            CustomerTier.PREMIUM,
            CustomerRole.CUSTOMER);
    noah.addAddress("home", HOME, false);
    noah.addCreditCard("credit_card_7815826", "mastercard", "9212");
    noah.addPaypal("paypal_5727330");
    noah.addGiftCard("gift_card_1725971", new BigDecimal("127.50"));
    noah.paymentMethod("gift_card_1725971").orElseThrow().debit(new BigDecimal("100.00"));
    em.persist(noah);
    return noah;
  }

  static Voucher voucher(EntityManager em) {
    Voucher voucher =
        new Voucher("save10", "10% off", DiscountType.PERCENTAGE, new BigDecimal("10"), null);
    voucher.limitTo(100, 1);
    em.persist(voucher);
    return voucher;
  }

  static Cart cart(EntityManager em) {
    Product shirt = catalog(em);
    Customer noah = customer(em);
    Cart cart = new Cart(noah);
    cart.addOrIncrease(shirt.variant(BLUE_M).orElseThrow(), 2);
    cart.addOrIncrease(shirt.variant(BLUE_M).orElseThrow(), 1);
    cart.applyVoucher(voucher(em));
    em.persist(cart);
    return cart;
  }

  /** A delivered order of the same item twice, then an exchange of one of them. */
  static CustomerOrder order(EntityManager em) {
    Product shirt = catalog(em);
    Customer noah = customer(em);
    Voucher voucher = voucher(em);
    ProductVariant blue = shirt.variant(BLUE_M).orElseThrow();
    CustomerOrder order = new CustomerOrder("#W2611340", noah, HOME, "usd", "key-1");
    order.addLine(blue, 1);
    order.addLine(blue, 1);
    order.applyDiscount(new BigDecimal("10.18"), voucher.getCode());
    PaymentMethod gift = noah.paymentMethod("gift_card_1725971").orElseThrow();
    order.recordPayment(gift, order.getTotals().getTotal());
    order.markProcessed();
    order.addFulfilment("357962501027", "UPS", List.of(BLUE_M, BLUE_M));
    order.markDelivered();
    order.requestExchange(
        List.of(new ItemSwap(BLUE_M, RED_XL)),
        gift.getCode(),
        new BigDecimal("-2.03"),
        "wrong colour");
    em.persist(order);
    em.persist(VoucherRedemption.redeem(voucher, noah, order));
    return order;
  }

  static Conversation conversation(EntityManager em) {
    Customer noah = customer(em);
    Conversation conversation = new Conversation(noah, "Where is my order?");
    conversation.append(MessageRole.USER, "Where is #W2611340?", null);
    conversation.append(MessageRole.TOOL, "{\"status\":\"delivered\"}", "get_order_details");
    conversation.append(MessageRole.MODEL, "It was delivered.", null);
    conversation.summarize("Asked about an order.");
    em.persist(conversation);
    em.persist(
        new TokenUsage(
            noah,
            conversation.getId(),
            "gemini-2.5-flash",
            new TokenCounts(1200, 80, 1000, 1290),
            new BigDecimal("0.00012345"),
            List.of("get_order_details", "find_user_id")));
    return conversation;
  }
}
