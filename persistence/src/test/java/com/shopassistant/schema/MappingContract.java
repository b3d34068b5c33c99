package com.shopassistant.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import com.shopassistant.assistant.ChatMessage;
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
import com.shopassistant.customer.PaymentMethodKind;
import com.shopassistant.order.CustomerOrder;
import com.shopassistant.order.OrderChange;
import com.shopassistant.order.OrderChangeKind;
import com.shopassistant.order.OrderLine;
import com.shopassistant.order.OrderStatus;
import com.shopassistant.order.TransactionKind;
import com.shopassistant.usage.TokenCounts;
import com.shopassistant.usage.TokenUsage;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * The entity mappings against the migrated schema: a full graph is written, the persistence context
 * cleared, and everything read back from the database.
 */
abstract class MappingContract extends JpaContract {

  @Test
  void catalogRoundTrips() {
    inTransaction(SampleData::catalog);

    Product shirt = single(Product.FIND_BY_CODE, Product.class, "code", SampleData.SHIRT);
    assertThat(shirt.getName()).isEqualTo("T-Shirt");
    assertThat(shirt.getCategory().getSlug()).isEqualTo("clothing");
    assertThat(shirt.isActive()).isTrue();
    assertThat(shirt.getUpdatedAt()).isAfterOrEqualTo(shirt.getCreatedAt());
    assertThat(shirt.getMinPrice()).isEqualTo(new BigDecimal("48.85"));
    assertThat(shirt.getMaxPrice()).isEqualTo(new BigDecimal("50.88"));
    assertThat(shirt.getVariants())
        .extracting(ProductVariant::getCode)
        .containsExactly(SampleData.RED_XL, SampleData.BLUE_M); // @OrderBy("code")
    ProductVariant blue = shirt.variant(SampleData.BLUE_M).orElseThrow();
    assertThat(blue.getPrice()).isEqualTo(new BigDecimal("50.88"));
    assertThat(blue.getStockQuantity()).isEqualTo(10);
    assertThat(blue.getOptions())
        .containsExactly(entry("color", "blue"), entry("material", "cotton"), entry("size", "M"));
    assertThat(single(Category.FIND_BY_SLUG, Category.class, "slug", "clothing").getName())
        .isEqualTo("Clothing");
    assertThat(em.createNamedQuery(Product.COUNT, Long.class).getSingleResult()).isEqualTo(1L);
  }

  @Test
  void repricingAVariantStoresItsProductsNewPriceRange() {
    inTransaction(SampleData::catalog);
    inTransaction(
        e ->
            single(Product.FIND_BY_CODE, Product.class, "code", SampleData.SHIRT)
                .variant(SampleData.RED_XL)
                .orElseThrow()
                .changePrice(new BigDecimal("99.00")));

    Product shirt = single(Product.FIND_BY_CODE, Product.class, "code", SampleData.SHIRT);
    assertThat(shirt.getMinPrice()).isEqualTo(new BigDecimal("50.88"));
    assertThat(shirt.getMaxPrice()).isEqualTo(new BigDecimal("99.00"));
  }

  @Test
  void customerWithAddressAndPaymentMethodsRoundTrips() {
    inTransaction(SampleData::customer);

    Customer noah = single(Customer.FIND_BY_EMAIL, Customer.class, "email", "NOAH@example.com");
    assertThat(noah.getHandle()).isEqualTo(SampleData.NOAH);
    assertThat(noah.getTier()).isEqualTo(CustomerTier.PREMIUM);
    assertThat(noah.getRole()).isEqualTo(CustomerRole.CUSTOMER);
    assertThat(noah.defaultAddress().orElseThrow().getPostalAddress()).isEqualTo(SampleData.HOME);
    assertThat(noah.getPaymentMethods())
        .extracting(PaymentMethod::getKind)
        // Ordered by id, and EclipseLink does not promise to insert new objects in the order added.
        .containsExactlyInAnyOrder(
            PaymentMethodKind.CREDIT_CARD, PaymentMethodKind.PAYPAL, PaymentMethodKind.GIFT_CARD);
    PaymentMethod card = noah.paymentMethod("credit_card_7815826").orElseThrow();
    assertThat(card.getBrand()).isEqualTo("mastercard");
    assertThat(card.getLastFour()).isEqualTo("9212");
    assertThat(card.getBalance()).isNull();
    assertThat(card.isDefault()).isTrue();
    PaymentMethod gift =
        single(PaymentMethod.FIND_BY_CODE, PaymentMethod.class, "code", "gift_card_1725971");
    assertThat(gift.getBalance()).isEqualTo(new BigDecimal("27.50"));
    assertThat(gift.getCustomer().getHandle()).isEqualTo(SampleData.NOAH);
  }

  @Test
  void cartWithVoucherAndLineRoundTrips() {
    inTransaction(SampleData::cart);

    Cart cart = single(Cart.FIND_BY_CUSTOMER_HANDLE, Cart.class, "handle", SampleData.NOAH);
    assertThat(cart.getVoucher()).map(Voucher::getCode).contains("SAVE10");
    assertThat(cart.getLines())
        .singleElement()
        .satisfies(
            line -> {
              assertThat(line.getVariant().getCode()).isEqualTo(SampleData.BLUE_M);
              assertThat(line.getQuantity()).isEqualTo(3);
            });
    assertThat(cart.subtotal()).isEqualByComparingTo("152.64");
    long lineId = cart.getLines().get(0).getId();
    assertThat(cart.line(lineId)).containsSame(cart.getLines().get(0));
    assertThat(cart.line(lineId + 1)).isEmpty();
    Voucher voucher = single(Voucher.FIND_BY_CODE, Voucher.class, "code", "save10");
    assertThat(voucher.getDiscountType()).isEqualTo(DiscountType.PERCENTAGE);
    assertThat(voucher.getUsageLimitTotal()).isEqualTo(100);
    assertThat(voucher.isActiveAt(voucher.getValidFrom())).isTrue();
  }

  @Test
  void orderWithLinesFulfilmentPaymentAndExchangeRoundTrips() {
    inTransaction(SampleData::order);

    CustomerOrder order =
        single(CustomerOrder.FIND_BY_NUMBER, CustomerOrder.class, "orderNumber", "#W2611340");
    assertThat(order.getStatus()).isEqualTo(OrderStatus.EXCHANGE_REQUESTED);
    assertThat(order.getShippingAddress()).isEqualTo(SampleData.HOME);
    assertThat(order.getTotals().getSubtotal()).isEqualTo(new BigDecimal("101.76"));
    assertThat(order.getTotals().getDiscount()).isEqualTo(new BigDecimal("10.18"));
    assertThat(order.getTotals().getTotal()).isEqualTo(new BigDecimal("91.58"));
    assertThat(order.getCurrency()).isEqualTo("USD");
    assertThat(order.getVoucherCode()).isEqualTo("SAVE10");
    assertThat(order.getIdempotencyKey()).isEqualTo("key-1");
    assertThat(order.getLines())
        .extracting(OrderLine::getLineNo, OrderLine::getItemCode)
        .containsExactly(tuple(1, SampleData.BLUE_M), tuple(2, SampleData.BLUE_M));
    assertThat(order.getLines().get(0).getVariant().getCode()).isEqualTo(SampleData.BLUE_M);
    assertLinesFulfilmentAndPayment(order);
    assertExchange(order.getChanges().get(0));
    assertThat(
            em.createNamedQuery(VoucherRedemption.FIND_BY_ORDER, VoucherRedemption.class)
                .setParameter("orderId", order.getId())
                .getSingleResult()
                .getVoucher()
                .getTimesUsed())
        .isEqualTo(1);
  }

  @Test
  void conversationAndLedgerRoundTrip() {
    inTransaction(SampleData::conversation);

    Customer noah = single(Customer.FIND_BY_HANDLE, Customer.class, "handle", SampleData.NOAH);
    Conversation conversation =
        em.createNamedQuery(Conversation.FIND_BY_CUSTOMER, Conversation.class)
            .setParameter("customerId", noah.getId())
            .getSingleResult();
    assertThat(conversation.getId()).hasSize(36);
    assertThat(conversation.getTurnCount()).isEqualTo(1);
    assertThat(conversation.getSummary()).isEqualTo("Asked about an order.");
    assertThat(conversation.getMessages())
        .extracting(ChatMessage::getSeq, ChatMessage::getRole, ChatMessage::getToolName)
        .containsExactly(
            tuple(1, MessageRole.USER, null),
            tuple(2, MessageRole.TOOL, "get_order_details"),
            tuple(3, MessageRole.MODEL, null));
    TokenUsage usage =
        em.createNamedQuery(TokenUsage.FIND_BY_CUSTOMER_SINCE, TokenUsage.class)
            .setParameter("customerId", noah.getId())
            .setParameter("since", conversation.getCreatedAt().minusDays(1))
            .getSingleResult();
    assertThat(usage.getConversationId()).isEqualTo(conversation.getId());
    assertThat(usage.getCounts()).isEqualTo(new TokenCounts(1200, 80, 1000, 1290));
    assertThat(usage.getCostUsd()).isEqualTo(new BigDecimal("0.00012345"));
    assertThat(usage.getTier()).isEqualTo(CustomerTier.PREMIUM);
    assertThat(usage.getToolCalls()).containsExactly("get_order_details", "find_user_id");
  }

  private static void assertLinesFulfilmentAndPayment(CustomerOrder order) {
    OrderLine first = order.line(1).orElseThrow();
    assertThat(first.getOptions()).containsEntry("color", "blue").hasSize(3);
    assertThat(first.getProductName()).isEqualTo("T-Shirt");
    assertThat(order.getFulfilments())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.getTrackingId()).isEqualTo("357962501027");
              assertThat(f.getItemCodes()).containsExactly(SampleData.BLUE_M, SampleData.BLUE_M);
            });
    assertThat(order.getPayments())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.getKind()).isEqualTo(TransactionKind.PAYMENT);
              assertThat(p.getAmount()).isEqualTo(new BigDecimal("91.58"));
              assertThat(p.getPaymentMethod().getCode()).isEqualTo("gift_card_1725971");
            });
  }

  private static void assertExchange(OrderChange change) {
    assertThat(change.getKind()).isEqualTo(OrderChangeKind.EXCHANGE);
    assertThat(change.getPriceDifference()).isEqualTo(new BigDecimal("-2.03"));
    assertThat(change.getItems())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.getItemCode()).isEqualTo(SampleData.BLUE_M);
              assertThat(i.getNewItemCode()).isEqualTo(SampleData.RED_XL);
            });
  }
}
