package com.shopassistant.importer;

import static com.shopassistant.importer.CatalogJsonMapper.keyField;
import static com.shopassistant.importer.CatalogJsonMapper.optionalText;

import com.shopassistant.order.OrderChangeKind;
import com.shopassistant.order.OrderStatus;
import com.shopassistant.order.TransactionKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Reads {@code orders}: lines, fulfilments, payment history and requested changes. */
final class OrderJsonMapper {

  private static final Map<String, OrderStatus> STATUSES =
      Map.of(
          "pending", OrderStatus.PENDING,
          // tau2's tools write "pending (item modified)"; its policy text says "items".
          "pending (item modified)", OrderStatus.PENDING_ITEMS_MODIFIED,
          "pending (items modified)", OrderStatus.PENDING_ITEMS_MODIFIED,
          "processed", OrderStatus.PROCESSED,
          "delivered", OrderStatus.DELIVERED,
          "cancelled", OrderStatus.CANCELLED,
          "return requested", OrderStatus.RETURN_REQUESTED,
          "exchange requested", OrderStatus.EXCHANGE_REQUESTED);

  OrderRecord order(String key, PathedJson node) throws InvalidStoreFileException {
    String number = keyField(node, "order_id", key, 32);
    List<OrderLineRecord> lines = lines(node.field("items"));
    return new OrderRecord(
        number,
        node.field("user_id").text(64),
        CustomerJsonMapper.postalAddress(node.field("address")),
        status(node.field("status")),
        optionalText(node, "cancel_reason").orElse(null),
        lines,
        fulfilments(node, lines),
        payments(node),
        changes(node, lines));
  }

  private static OrderStatus status(PathedJson node) throws InvalidStoreFileException {
    String status = node.text();
    OrderStatus known = STATUSES.get(status.toLowerCase(Locale.ROOT).replace('_', ' '));
    if (known == null) {
      throw node.error(
          "unknown status \""
              + status
              + "\" (expected pending, pending (item modified), processed, delivered,"
              + " cancelled, return requested or exchange requested)");
    }
    return known;
  }

  private static List<OrderLineRecord> lines(PathedJson items) throws InvalidStoreFileException {
    List<OrderLineRecord> lines = new ArrayList<>();
    for (PathedJson item : items.elements()) {
      lines.add(
          new OrderLineRecord(
              item.field("product_id").text(64),
              item.field("item_id").text(64),
              item.field("name").text(200),
              item.field("price").money(),
              1,
              CatalogJsonMapper.options(item.field("options"))));
    }
    if (lines.isEmpty()) {
      throw items.error("an order needs at least one item");
    }
    return lines;
  }

  private static List<FulfilmentRecord> fulfilments(PathedJson node, List<OrderLineRecord> lines)
      throws InvalidStoreFileException {
    List<FulfilmentRecord> fulfilments = new ArrayList<>();
    for (PathedJson f : optionalElements(node, "fulfillments")) {
      PathedJson tracking = f.field("tracking_id");
      // tau2 writes a list; a single string is accepted as the obvious shorthand.
      List<String> trackingIds = tracking.isArray() ? tracking.texts() : List.of(tracking.text());
      if (trackingIds.isEmpty() || trackingIds.stream().anyMatch(id -> id.length() > 100)) {
        throw tracking.error("expected one or more tracking ids of at most 100 characters");
      }
      PathedJson items = f.field("item_ids");
      if (items.texts().isEmpty()) {
        throw items.error("a fulfilment ships at least one item");
      }
      fulfilments.add(
          new FulfilmentRecord(trackingIds, requireItemsOf(items, items.texts(), lines, false)));
    }
    return fulfilments;
  }

  private static List<PaymentRecord> payments(PathedJson node) throws InvalidStoreFileException {
    List<PaymentRecord> payments = new ArrayList<>();
    for (PathedJson p : optionalElements(node, "payment_history")) {
      PathedJson typeNode = p.field("transaction_type");
      TransactionKind kind =
          switch (typeNode.text()) {
            case "payment" -> TransactionKind.PAYMENT;
            case "refund" -> TransactionKind.REFUND;
            default ->
                throw typeNode.error(
                    "unknown transaction type \""
                        + typeNode.text()
                        + "\" (expected payment or refund)");
          };
      payments.add(
          new PaymentRecord(
              kind, p.field("amount").positiveMoney(), p.field("payment_method_id").text(64)));
    }
    return payments;
  }

  private static List<OrderChangeRecord> changes(PathedJson node, List<OrderLineRecord> lines)
      throws InvalidStoreFileException {
    List<OrderChangeRecord> changes = new ArrayList<>();
    Optional<PathedJson> returned = node.optionalField("return_items");
    if (returned.isPresent()) {
      List<String> items = changedItems(returned.get(), lines);
      changes.add(
          new OrderChangeRecord(
              OrderChangeKind.RETURN,
              items,
              List.of(),
              node.field("return_payment_method_id").text(64),
              null));
    }
    Optional<PathedJson> exchanged = node.optionalField("exchange_items");
    if (exchanged.isPresent()) {
      List<String> items = changedItems(exchanged.get(), lines);
      PathedJson newNode = node.field("exchange_new_items");
      List<String> newItems = newNode.texts();
      if (newItems.size() != items.size()) {
        throw newNode.error(
            "lists " + newItems.size() + " items but exchange_items lists " + items.size());
      }
      changes.add(
          new OrderChangeRecord(
              OrderChangeKind.EXCHANGE,
              items,
              newItems,
              node.field("exchange_payment_method_id").text(64),
              node.field("exchange_price_difference").signedMoney()));
    }
    return changes;
  }

  /**
   * Checks that every listed item is an item of the order; with {@code counted}, an item listed
   * twice must also appear on two lines (a return cannot send back more units than were bought).
   */
  private static List<String> requireItemsOf(
      PathedJson node, List<String> items, List<OrderLineRecord> lines, boolean counted)
      throws InvalidStoreFileException {
    Map<String, Integer> bought = new HashMap<>();
    lines.forEach(l -> bought.merge(l.itemCode(), l.quantity(), Integer::sum));
    for (String item : items) {
      Integer left = bought.get(item);
      if (left == null) {
        throw node.error("item \"" + item + "\" is not an item of this order");
      }
      if (counted && left == 0) {
        throw node.error("item \"" + item + "\" is listed more often than the order has it");
      }
      bought.put(item, left - 1);
    }
    return items;
  }

  private static List<String> changedItems(PathedJson node, List<OrderLineRecord> lines)
      throws InvalidStoreFileException {
    List<String> items = node.texts();
    if (items.isEmpty()) {
      throw node.error("must list at least one item");
    }
    return requireItemsOf(node, items, lines, true);
  }

  private static List<PathedJson> optionalElements(PathedJson node, String field)
      throws InvalidStoreFileException {
    Optional<PathedJson> array = node.optionalField(field);
    return array.isPresent() ? array.get().elements() : List.of();
  }
}
