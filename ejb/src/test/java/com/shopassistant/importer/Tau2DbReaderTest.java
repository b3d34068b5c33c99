package com.shopassistant.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.shopassistant.customer.Address;
import com.shopassistant.customer.PaymentMethodKind;
import com.shopassistant.customer.PostalAddress;
import com.shopassistant.order.OrderStatus;
import com.shopassistant.order.TransactionKind;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The reader on the real tau2 retail database: counts and a few records field by field. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class Tau2DbReaderTest {

  private StoreSnapshot snapshot;

  @BeforeAll
  void readOnce() throws Exception {
    snapshot = new StoreSnapshotReader().read(Tau2Db.required());
  }

  @Test
  void readsEveryRecordOfTheFile() {
    assertThat(snapshot.products()).hasSize(50);
    assertThat(snapshot.variantCount()).isEqualTo(591);
    assertThat(snapshot.customers()).hasSize(500);
    assertThat(snapshot.orders()).hasSize(1000);
    assertThat(snapshot.orderLineCount()).isEqualTo(2978);
    assertThat(snapshot.vouchers()).isEmpty();
  }

  @Test
  void countsPaymentMethodsByKind() {
    Map<PaymentMethodKind, Long> byKind =
        snapshot.customers().stream()
            .flatMap(c -> c.paymentMethods().stream())
            .collect(Collectors.groupingBy(PaymentMethodRecord::kind, Collectors.counting()));
    assertThat(byKind)
        .containsEntry(PaymentMethodKind.CREDIT_CARD, 239L)
        .containsEntry(PaymentMethodKind.PAYPAL, 222L)
        .containsEntry(PaymentMethodKind.GIFT_CARD, 234L);
  }

  @Test
  void readsAProductWithItsVariantsAndAGuessedCategory() {
    ProductRecord shirt = product("9523456873");
    assertThat(shirt.name()).isEqualTo("T-Shirt");
    assertThat(shirt.description()).isNull();
    assertThat(shirt.categorySlug()).isEqualTo("clothing-shoes");
    VariantRecord blue = variant(shirt, "9612497925");
    assertThat(blue.options())
        .containsExactly(
            Map.entry("color", "blue"),
            Map.entry("material", "cotton"),
            Map.entry("size", "M"),
            Map.entry("style", "crew neck"));
    assertThat(blue.price()).isEqualByComparingTo("50.88");
    assertThat(blue.stock()).isEqualTo(StoreSnapshotReader.DEFAULT_STOCK);
    assertThat(blue.stockStated()).isFalse();
  }

  @Test
  void readsAnUnavailableVariantAsOutOfStock() {
    VariantRecord laptop = variant(product("4760268021"), "8997785118");
    assertThat(laptop.price()).isEqualByComparingTo("2674.40");
    assertThat(laptop.stock()).isZero();
    assertThat(laptop.available()).isFalse();
  }

  @Test
  void readsAUserWithAddressAndPaymentMethods() {
    CustomerRecord noah = customer("noah_brown_6181");
    assertThat(noah.firstName()).isEqualTo("Noah");
    assertThat(noah.lastName()).isEqualTo("Brown");
    assertThat(noah.email()).isEqualTo("noah.brown7922@example.com");
    assertThat(noah.tier()).isNull();
    assertThat(noah.addresses())
        .containsExactly(
            new AddressRecord(
                Address.DEFAULT_LABEL,
                new PostalAddress("986 Sunset Drive", "Suite 259", "Denver", "CO", "80279", "USA"),
                true));
    assertThat(noah.paymentMethods())
        .containsExactly(
            new PaymentMethodRecord("paypal_5727330", PaymentMethodKind.PAYPAL, null, null, null),
            new PaymentMethodRecord(
                "credit_card_7815826", PaymentMethodKind.CREDIT_CARD, "mastercard", "9212", null));
  }

  @Test
  void readsAGiftCardBalance() {
    PaymentMethodRecord card =
        customer("james_li_5688").paymentMethods().stream()
            .filter(m -> m.code().equals("gift_card_1725971"))
            .findFirst()
            .orElseThrow();
    assertThat(card.kind()).isEqualTo(PaymentMethodKind.GIFT_CARD);
    assertThat(card.balance()).isEqualTo(new BigDecimal("17.00"));
  }

  @Test
  void readsAnOrderWithLinesFulfilmentAndPayment() {
    OrderRecord order = order("#W2611340");
    assertThat(order.customerHandle()).isEqualTo("james_li_5688");
    assertThat(order.status()).isEqualTo(OrderStatus.PROCESSED);
    assertThat(order.shippingAddress())
        .isEqualTo(
            new PostalAddress("215 River Road", "Suite 991", "New York", "NY", "10083", "USA"));
    assertThat(order.lines())
        .extracting(
            OrderLineRecord::productName, OrderLineRecord::itemCode, OrderLineRecord::unitPrice)
        .containsExactly(
            tuple("Water Bottle", "6469567736", new BigDecimal("47.84")),
            tuple("Office Chair", "8426249116", new BigDecimal("488.81")));
    assertThat(order.lines().get(0).options())
        .containsEntry("capacity", "1000ml")
        .containsEntry("material", "glass")
        .containsEntry("color", "blue");
    assertThat(order.fulfilments())
        .containsExactly(
            new FulfilmentRecord(List.of("357962501027"), List.of("6469567736", "8426249116")));
    assertThat(order.payments())
        .containsExactly(
            new PaymentRecord(
                TransactionKind.PAYMENT, new BigDecimal("536.65"), "gift_card_1725971"));
    assertThat(order.subtotal()).isEqualByComparingTo("536.65");
    assertThat(order.changes()).isEmpty();
  }

  @Test
  void keepsAnItemListedTwiceAsTwoLines() {
    OrderRecord order = order("#W1840144");
    assertThat(order.lines()).hasSize(5);
    assertThat(order.lines()).filteredOn(l -> l.itemCode().equals("8590708195")).hasSize(2);
    assertThat(order.fulfilments().get(0).itemCodes()).hasSize(5);
  }

  @Test
  void readsEveryStatusAndTheRefundsOfCancelledOrders() {
    Map<OrderStatus, Long> byStatus =
        snapshot.orders().stream()
            .collect(Collectors.groupingBy(OrderRecord::status, Collectors.counting()));
    assertThat(byStatus)
        .containsOnly(
            Map.entry(OrderStatus.PENDING, 423L),
            Map.entry(OrderStatus.DELIVERED, 373L),
            Map.entry(OrderStatus.PROCESSED, 102L),
            Map.entry(OrderStatus.CANCELLED, 102L));
    assertThat(snapshot.orders())
        .filteredOn(o -> o.status() == OrderStatus.CANCELLED)
        .allSatisfy(
            o ->
                assertThat(o.payments())
                    .extracting(PaymentRecord::kind)
                    .containsExactly(TransactionKind.PAYMENT, TransactionKind.REFUND));
  }

  @Test
  void paysEveryOrderExactlyItsSubtotal() {
    assertThat(snapshot.orders())
        .allSatisfy(
            o -> assertThat(o.payments().get(0).amount()).isEqualByComparingTo(o.subtotal()));
  }

  @Test
  void addsTheStandardCategoriesTheProductsNeed() {
    assertThat(snapshot.categories())
        .extracting(CategoryRecord::slug)
        .contains("electronics", "clothing-shoes", "home-kitchen", "sports-outdoors")
        .doesNotContain(CategoryKeywords.GENERAL)
        .doesNotHaveDuplicates();
  }

  private ProductRecord product(String code) {
    return byKey(snapshot.products(), ProductRecord::code).get(code);
  }

  private static VariantRecord variant(ProductRecord p, String code) {
    return byKey(p.variants(), VariantRecord::code).get(code);
  }

  private CustomerRecord customer(String handle) {
    return byKey(snapshot.customers(), CustomerRecord::handle).get(handle);
  }

  private OrderRecord order(String number) {
    return byKey(snapshot.orders(), OrderRecord::number).get(number);
  }

  private static <T> Map<String, T> byKey(List<T> rows, Function<T, String> key) {
    return rows.stream().collect(Collectors.toMap(key, Function.identity()));
  }
}
