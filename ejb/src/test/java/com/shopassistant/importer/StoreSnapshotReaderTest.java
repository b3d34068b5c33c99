package com.shopassistant.importer;

import static com.shopassistant.importer.Fixtures.SMALL_STORE;
import static com.shopassistant.importer.Fixtures.WITH_EXTENSIONS;
import static com.shopassistant.importer.Fixtures.edited;
import static com.shopassistant.importer.Fixtures.json;
import static com.shopassistant.importer.Fixtures.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.shopassistant.checkout.DiscountType;
import com.shopassistant.customer.CustomerTier;
import com.shopassistant.customer.PostalAddress;
import com.shopassistant.order.OrderStatus;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** What the reader makes of valid files: the tau2 core and our extensions. */
class StoreSnapshotReaderTest {

  @Test
  void readsTheTau2Core() throws Exception {
    StoreSnapshot s = read(json(SMALL_STORE));

    assertThat(s.products())
        .extracting(ProductRecord::code)
        .containsExactly("1000000001", "1000000002");
    assertThat(s.products().get(0).categorySlug()).isEqualTo("home-office");
    assertThat(s.products().get(1).categorySlug()).isEqualTo("sports-outdoors");
    assertThat(s.categories())
        .extracting(CategoryRecord::slug)
        .containsExactly("home-office", "sports-outdoors");
    assertThat(s.products().get(0).variants().get(1).price()).isEqualTo(new BigDecimal("21.00"));
    assertThat(s.customers())
        .extracting(CustomerRecord::handle)
        .containsExactly("ann_lee_1", "bo_kim_2");
    assertThat(s.customers().get(0).addresses().get(0).postal().getAddress2()).isNull();
    assertThat(s.orders().get(0).lines()).hasSize(3);
    assertThat(s.orders().get(0).subtotal()).isEqualByComparingTo("48.25");
  }

  @Test
  void derivesStockFromAvailabilityWithTheConfiguredDefault() throws Exception {
    StoreSnapshot s = new StoreSnapshotReader(7).read(json(SMALL_STORE));

    assertThat(s.products().get(0).variants())
        .extracting(VariantRecord::stock, VariantRecord::stockStated)
        .containsExactly(tuple(7, false), tuple(0, false));
  }

  @Test
  void readsTheExtensions() throws Exception {
    StoreSnapshot s = read(json(WITH_EXTENSIONS));

    assertThat(s.categories())
        .containsExactly(new CategoryRecord("lighting", "Lighting", "Lamps and bulbs."));
    ProductRecord lamp = s.products().get(0);
    assertThat(lamp.categorySlug()).isEqualTo("lighting");
    assertThat(lamp.description()).isEqualTo("An LED desk lamp.");
    assertThat(lamp.variants())
        .extracting(VariantRecord::stock, VariantRecord::stockStated)
        .containsExactly(tuple(7, true), tuple(0, true));

    CustomerRecord ann = s.customers().get(0);
    assertThat(ann.tier()).isEqualTo(CustomerTier.PREMIUM);
    assertThat(ann.email()).isEqualTo("ann.lee@example.com");
    assertThat(ann.addresses())
        .extracting(AddressRecord::label, AddressRecord::isDefault)
        .containsExactly(tuple("home", false), tuple("office", true));
    assertThat(ann.addresses().get(1).postal())
        .isEqualTo(
            new PostalAddress("500 Congress Avenue", "Floor 9", "Austin", "TX", "78701", "USA"));

    assertThat(s.vouchers())
        .containsExactly(
            new VoucherRecord(
                "HEMAT10",
                "10% off orders of 50 or more",
                DiscountType.PERCENTAGE,
                new BigDecimal("10.00"),
                new BigDecimal("25.00"),
                new BigDecimal("50.00"),
                OffsetDateTime.of(2025, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC),
                OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC),
                100,
                1));
  }

  @Test
  void skipsTopLevelSectionsItDoesNotKnow() throws Exception {
    String json =
        edited(SMALL_STORE, "\"products\": {", "\"comment\": {\"a\": [1, 2]}, \"products\": {");

    assertThat(read(json).products()).hasSize(2);
  }

  @Test
  void treatsNullOptionalFieldsAsAbsent() throws Exception {
    String json =
        edited(
            SMALL_STORE,
            "\"status\": \"delivered\",",
            "\"status\": \"delivered\", \"cancel_reason\": null, \"return_items\": null,");

    assertThat(read(json).orders().get(0).changes()).isEmpty();
  }

  @Test
  void readsARequestedExchangeAndTheItemModifiedStatus() throws Exception {
    String exchange =
        edited(
            SMALL_STORE,
            "\"status\": \"delivered\",",
            "\"status\": \"exchange requested\", \"exchange_items\": [\"2000000001\"],"
                + " \"exchange_new_items\": [\"2000000002\"], \"exchange_payment_method_id\":"
                + " \"gift_card_1\", \"exchange_price_difference\": 0.5,");
    OrderChangeRecord change = read(exchange).orders().get(0).changes().get(0);
    assertThat(change.newItemCodes()).containsExactly("2000000002");
    assertThat(change.priceDifference()).isEqualTo(new BigDecimal("0.50"));

    String modified =
        edited(
            SMALL_STORE, "\"status\": \"delivered\",", "\"status\": \"pending (item modified)\",");
    assertThat(read(modified).orders().get(0).status())
        .isEqualTo(OrderStatus.PENDING_ITEMS_MODIFIED);
    String policySpelling = modified.replace("(item modified)", "(items modified)");
    assertThat(read(policySpelling).orders().get(0).status())
        .isEqualTo(OrderStatus.PENDING_ITEMS_MODIFIED);
  }
}
