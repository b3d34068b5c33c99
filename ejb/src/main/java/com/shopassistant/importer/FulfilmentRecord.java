package com.shopassistant.importer;

import java.util.List;

/**
 * A shipment of some of an order's items.
 *
 * @param trackingIds tau2 allows several per shipment (its data has exactly one); each becomes its
 *     own fulfilment row with the same items, as a row holds one tracking id
 * @param itemCodes the items shipped; each is an item of the order
 */
public record FulfilmentRecord(List<String> trackingIds, List<String> itemCodes) {

  public FulfilmentRecord {
    trackingIds = List.copyOf(trackingIds);
    itemCodes = List.copyOf(itemCodes);
  }
}
