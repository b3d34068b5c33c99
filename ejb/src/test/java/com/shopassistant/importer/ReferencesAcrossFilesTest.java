package com.shopassistant.importer;

import static com.shopassistant.importer.Fixtures.SMALL_STORE;
import static com.shopassistant.importer.Fixtures.json;
import static com.shopassistant.importer.Fixtures.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.shopassistant.order.CustomerOrder;
import org.junit.jupiter.api.Test;

/**
 * A file may refer to rows an earlier file put in the store: the reader checks only what the file
 * alone decides, and references are checked once, against the file and the store.
 */
class ReferencesAcrossFilesTest {

  private static final String ORDERS_ONLY = "orders-only.json";

  @Test
  void readerAcceptsOrdersForCustomersAndItemsItDoesNotHold() throws Exception {
    StoreSnapshot orders = read(json(ORDERS_ONLY));

    assertThat(orders.orders()).extracting(OrderRecord::number).containsExactly("#W2");
    assertThat(orders.customers()).isEmpty();
    assertThat(orders.products()).isEmpty();
  }

  @Test
  void secondFileOfOrdersImportsOnTopOfTheFirst() throws Exception {
    InMemoryImport store = InMemoryImport.of(read(json(SMALL_STORE)));
    StoreSnapshot second = read(json(ORDERS_ONLY));

    SnapshotValidator.validate(second, store);
    store.add(second);

    CustomerOrder order = store.orders.get("#W2");
    assertThat(order).isNotNull();
    assertThat(order.getCustomer()).isSameAs(store.customers.get("ann_lee_1"));
    assertThat(store.orders).containsKeys("#W1", "#W2");
  }

  @Test
  void theSameOrdersIntoAnEmptyStoreNameTheMissingRows() throws Exception {
    StoreSnapshot second = read(json(ORDERS_ONLY));

    assertThatThrownBy(() -> SnapshotValidator.validate(second, ReferenceLookup.NONE))
        .isInstanceOf(InvalidStoreFileException.class)
        .hasMessage("orders[\"#W2\"].user_id: unknown user \"ann_lee_1\"");
  }
}
