package com.shopassistant.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.groups.Tuple.tuple;

import com.shopassistant.checkout.DiscountType;
import com.shopassistant.customer.CustomerTier;
import com.shopassistant.customer.PaymentMethodKind;
import com.shopassistant.order.OrderStatus;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DemoStoreGeneratorTest {

  private final StoreSnapshot demo = new DemoStoreGenerator().generate();

  @Test
  void isDeterministic() {
    assertThat(new DemoStoreGenerator().generate()).isEqualTo(demo);
  }

  @Test
  void passesTheSameRulesAsAFile() {
    assertThatCode(() -> SnapshotValidator.validate(demo)).doesNotThrowAnyException();
  }

  @Test
  void hasARealisticCatalog() {
    assertThat(demo.categories()).hasSizeBetween(6, 10);
    assertThat(demo.products()).hasSizeBetween(50, 70);
    assertThat(demo.variantCount()).isGreaterThanOrEqualTo(250);
    assertThat(demo.products().stream().map(ProductRecord::categorySlug).distinct().count())
        .isGreaterThanOrEqualTo(6);
    assertThat(demo.products())
        .allSatisfy(p -> assertThat(p.description()).isNotBlank())
        .allSatisfy(p -> assertThat(p.variants()).isNotEmpty());
  }

  @Test
  void pricesHaveTwoDecimalsAndStockStaysInRangeWithSomeSoldOut() {
    var variants = demo.products().stream().flatMap(p -> p.variants().stream()).toList();
    assertThat(variants)
        .allSatisfy(
            v -> {
              assertThat(v.price().scale()).isEqualTo(2);
              assertThat(v.price()).isPositive();
              assertThat(v.stock()).isBetween(0, DemoStoreGenerator.MAX_STOCK);
              assertThat(v.stockStated()).isTrue();
              assertThat(v.options()).isNotEmpty();
            });
    assertThat(variants).filteredOn(v -> v.stock() == 0).isNotEmpty();
    assertThat(variants).extracting(VariantRecord::code).doesNotHaveDuplicates();
  }

  @Test
  void answersFindWirelessHeadphonesUnder500() {
    assertThat(demo.products())
        .filteredOn(p -> p.name().toLowerCase().contains("wireless"))
        .filteredOn(p -> p.name().toLowerCase().matches(".*(headphones|earbuds).*"))
        .hasSizeGreaterThanOrEqualTo(3)
        .allSatisfy(
            p ->
                assertThat(p.variants())
                    .anySatisfy(
                        v -> {
                          assertThat(v.price()).isLessThan(new BigDecimal("500"));
                          assertThat(v.stock()).isPositive();
                        }));
  }

  @Test
  void hasFiveDemoCustomersOnEveryPaidTier() {
    assertThat(demo.customers())
        .hasSize(5)
        .allSatisfy(
            c -> {
              assertThat(c.handle()).startsWith("demo_");
              assertThat(c.email()).endsWith("@example.com");
              assertThat(c.addresses()).filteredOn(AddressRecord::isDefault).hasSize(1);
            });
    assertThat(demo.customers())
        .extracting(CustomerRecord::tier)
        .contains(CustomerTier.FREE, CustomerTier.PREMIUM, CustomerTier.ENTERPRISE);
    assertThat(demo.customers())
        .flatExtracting(CustomerRecord::addresses)
        .extracting(AddressRecord::label)
        .contains("home", "office");
    assertThat(demo.customers())
        .flatExtracting(CustomerRecord::paymentMethods)
        .filteredOn(m -> m.kind() == PaymentMethodKind.GIFT_CARD)
        .allSatisfy(m -> assertThat(m.balance()).isPositive())
        .isNotEmpty();
  }

  @Test
  void hasOrdersInSeveralStatusesReferringToItsOwnData() {
    assertThat(demo.orders().stream().map(OrderRecord::status).collect(Collectors.toSet()))
        .contains(
            OrderStatus.PENDING,
            OrderStatus.PROCESSED,
            OrderStatus.DELIVERED,
            OrderStatus.CANCELLED,
            OrderStatus.RETURN_REQUESTED,
            OrderStatus.EXCHANGE_REQUESTED);
    Map<String, String> productOfVariant =
        demo.products().stream()
            .flatMap(p -> p.variants().stream().map(v -> Map.entry(v.code(), p.code())))
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    Map<String, CustomerRecord> customers =
        demo.customers().stream()
            .collect(Collectors.toMap(CustomerRecord::handle, Function.identity()));
    for (OrderRecord o : demo.orders()) {
      CustomerRecord buyer = customers.get(o.customerHandle());
      assertThat(buyer).as(o.number()).isNotNull();
      Set<String> own =
          buyer.paymentMethods().stream()
              .map(PaymentMethodRecord::code)
              .collect(Collectors.toSet());
      assertThat(o.lines())
          .allSatisfy(
              l -> assertThat(productOfVariant).containsEntry(l.itemCode(), l.productCode()));
      assertThat(o.payments()).allSatisfy(p -> assertThat(own).contains(p.paymentMethodCode()));
      assertThat(o.changes()).allSatisfy(c -> assertThat(own).contains(c.paymentMethodCode()));
      assertThat(o.payments().get(0).amount()).isEqualByComparingTo(o.subtotal());
    }
  }

  @Test
  void hasTheFourSpecifiedVouchers() {
    Map<String, VoucherRecord> vouchers =
        demo.vouchers().stream()
            .collect(Collectors.toMap(VoucherRecord::code, Function.identity()));
    assertThat(vouchers).containsOnlyKeys("HEMAT10", "WELCOME5", "EXPIRED20", "BIGSPENDER");

    VoucherRecord hemat = vouchers.get("HEMAT10");
    assertThat(hemat)
        .extracting(
            VoucherRecord::discountType,
            VoucherRecord::discountValue,
            VoucherRecord::minSpend,
            VoucherRecord::maxDiscount)
        .containsExactly(DiscountType.PERCENTAGE, money("10"), money("50"), money("25"));

    VoucherRecord welcome = vouchers.get("WELCOME5");
    assertThat(welcome)
        .extracting(
            VoucherRecord::discountType,
            VoucherRecord::discountValue,
            VoucherRecord::minSpend,
            VoucherRecord::usageLimitPerCustomer)
        .containsExactly(DiscountType.FIXED_AMOUNT, money("5"), money("20"), 1);

    VoucherRecord expired = vouchers.get("EXPIRED20");
    assertThat(expired.validUntil()).isNotNull().isBefore(OffsetDateTime.now());

    VoucherRecord big = vouchers.get("BIGSPENDER");
    assertThat(big)
        .extracting(
            VoucherRecord::discountType,
            VoucherRecord::discountValue,
            VoucherRecord::minSpend,
            VoucherRecord::usageLimitTotal)
        .containsExactly(DiscountType.PERCENTAGE, money("15"), money("500"), 100);

    assertThat(demo.vouchers())
        .filteredOn(v -> !v.code().equals("EXPIRED20"))
        .allSatisfy(
            v -> {
              assertThat(v.validFrom()).isBefore(OffsetDateTime.now());
              assertThat(v.validUntil()).isNull();
            });
  }

  @Test
  void spellsOutOptionCombinationsFirstAxisSlowest() {
    var axes =
        List.of(
            new DemoCatalog.Axis("color", 0, List.of("black", "white")),
            new DemoCatalog.Axis("size", 0, List.of("S", "M", "L")));
    assertThat(DemoStoreGenerator.combinations(axes))
        .extracting(c -> tuple(c[0], c[1]))
        .containsExactly(
            tuple(0, 0), tuple(0, 1), tuple(0, 2), tuple(1, 0), tuple(1, 1), tuple(1, 2));
  }

  private static BigDecimal money(String amount) {
    return new BigDecimal(amount).setScale(2);
  }
}
