package com.shopassistant.importer;

import static com.shopassistant.importer.Fixtures.SMALL_STORE;
import static com.shopassistant.importer.Fixtures.json;
import static com.shopassistant.importer.Fixtures.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** References checked against the snapshot and what the database already holds. */
class SnapshotValidatorTest {

  @Test
  void anOrderFileMayReferToWhatTheDatabaseHolds() throws Exception {
    StoreSnapshot full = read(json(SMALL_STORE));
    StoreSnapshot ordersOnly =
        new StoreSnapshot(List.of(), List.of(), List.of(), List.of(), full.orders());
    ReferenceLookup db =
        ExistingKeys.of(
            List.of("ann_lee_1"),
            Map.of("2000000001", "1000000001", "2000000003", "1000000002"),
            Map.of("credit_card_1", "ann_lee_1"),
            Map.of());

    assertThatCode(() -> SnapshotValidator.validate(ordersOnly, db)).doesNotThrowAnyException();
    assertThatThrownBy(() -> SnapshotValidator.validate(ordersOnly))
        .isInstanceOf(InvalidStoreFileException.class)
        .hasMessageContaining("orders[\"#W1\"].user_id: unknown user \"ann_lee_1\"");
  }

  @Test
  void anEmailOfAnotherStoredCustomerIsInvalid() throws Exception {
    StoreSnapshot s = read(json(SMALL_STORE));
    ReferenceLookup db =
        ExistingKeys.of(
            List.of("someone"), Map.of(), Map.of(), Map.of("bo.kim@example.com", "someone"));

    assertThatThrownBy(() -> SnapshotValidator.validate(s, db))
        .hasMessage(
            "users[\"bo_kim_2\"].email: \"bo.kim@example.com\" already belongs to customer"
                + " \"someone\"");
  }

  @Test
  void anEmailMovingBetweenCustomersOfTheFileIsFine() throws Exception {
    StoreSnapshot s = read(json(SMALL_STORE));
    ReferenceLookup db =
        ExistingKeys.of(
            List.of("ann_lee_1", "bo_kim_2"),
            Map.of(),
            Map.of(),
            Map.of("bo.kim@example.com", "ann_lee_1"));

    assertThatCode(() -> SnapshotValidator.validate(s, db)).doesNotThrowAnyException();
  }

  @Test
  void aPaymentMethodCannotChangeOwnerNorAVariantItsProduct() throws Exception {
    StoreSnapshot s = read(json(SMALL_STORE));
    ReferenceLookup db =
        ExistingKeys.of(
            List.of("someone"),
            Map.of("2000000003", "1000000009"),
            Map.of("paypal_2", "someone"),
            Map.of());

    assertThatThrownBy(() -> SnapshotValidator.validate(s, db))
        .hasMessageStartingWith("2 problems: ")
        .hasMessageContaining(
            "products[\"1000000002\"].variants[\"2000000003\"]: item already belongs to product"
                + " \"1000000009\" in the store")
        .hasMessageContaining(
            "users[\"bo_kim_2\"].payment_methods[\"paypal_2\"]: payment method already belongs to"
                + " customer \"someone\"");
  }

  @Test
  void listsTenProblemsAndCountsTheRest() {
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < 13; i++) {
      problems.add("orders[\"#W" + i + "\"].user_id: unknown user");
    }

    String summary = SnapshotValidator.summary(problems);

    assertThat(summary).startsWith("13 problems: ").endsWith("; and 3 more");
    assertThat(summary.split("; ")).hasSize(SnapshotValidator.MAX_LISTED + 1);
  }
}
