package com.shopassistant.assistant.offline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Returns and exchanges of an order's items. The order's details say which items it holds and how
 * it was paid; an exchange also needs the product's details to find the option wanted. When the
 * items or the option are not clear the customer is asked; the quote itself waits for a yes.
 */
final class OrderItemsFlow {

  private final Turn turn;
  private final OrderFlow orders;
  private final OrderReplies replies;

  OrderItemsFlow(Turn turn, OrderFlow orders) {
    this.turn = turn;
    this.orders = orders;
    this.replies = new OrderReplies(turn);
  }

  Step returnItems(String number, ProductRef ref, String refundTo) {
    Optional<Memory.Outcome> quoted = turn.memory.turn("return_delivered_order_items");
    if (quoted.isPresent()) {
      return orders.quote(quoted.get());
    }
    if (number == null) {
      return orders.askOrder();
    }
    Optional<Map<String, Object>> order = order(number);
    if (order.isEmpty()) {
      return lookUp(number);
    }
    List<Map<String, Object>> items = items(Fields.maps(order.get(), "items"), ref);
    if (items.isEmpty()) {
      return Step.say(replies.order(order.get()) + "\n" + turn.say(Phrase.ASK_ITEMS, number));
    }
    PaymentCode refund = PaymentCode.find(turn, refundTo, order.get());
    if (refund.step() != null) {
      return refund.step();
    }
    List<String> codes = items.stream().map(ReferenceResolver::itemCode).toList();
    return Step.call(
        "return_delivered_order_items",
        "order_number",
        number,
        "item_codes",
        codes,
        "payment_method_code",
        refund.code());
  }

  Step exchange(String number, ProductRef given, ProductRef wanted, String payWith) {
    for (String tool : List.of("exchange_delivered_order_items", "modify_pending_order_items")) {
      Optional<Memory.Outcome> quoted = turn.memory.turn(tool);
      if (quoted.isPresent()) {
        return orders.quote(quoted.get());
      }
    }
    if (number == null) {
      return orders.askOrder();
    }
    Optional<Map<String, Object>> order = order(number);
    if (order.isEmpty()) {
      return lookUp(number);
    }
    List<Map<String, Object>> items = items(Fields.maps(order.get(), "items"), given);
    if (items.size() != 1) {
      return Step.say(replies.order(order.get()) + "\n" + turn.say(Phrase.ASK_ITEM, number));
    }
    Map<String, Object> item = items.get(0);
    String productCode = productOf(item);
    if (productCode == null) {
      return Step.say(turn.say(Phrase.EXCHANGE_NEEDS_CODE));
    }
    Optional<Map<String, Object>> details = turn.resolver.details(productCode);
    if (details.isEmpty()) {
      return Step.call("get_product_details", "product", productCode);
    }
    return swap(number, order.get(), item, without(details.get(), item), wanted, payWith);
  }

  private Step swap(
      String number,
      Map<String, Object> order,
      Map<String, Object> item,
      Map<String, Object> others,
      ProductRef wanted,
      String payWith) {
    CatalogReplies catalog = new CatalogReplies(turn);
    VariantPicker.Choice choice = VariantPicker.pick(others, wanted);
    if (choice.chosen() == null || (wanted.options().isEmpty() && wanted.names().isEmpty())) {
      List<Map<String, Object>> open =
          Fields.maps(others, "variants").stream().filter(VariantPicker::available).toList();
      return Step.say(
          open.isEmpty()
              ? turn.say(Phrase.ALL_SOLD_OUT, CatalogReplies.name(others))
              : catalog.askVariant(others, open));
    }
    PaymentCode pay = PaymentCode.find(turn, payWith, order);
    if (pay.step() != null) {
      return pay.step();
    }
    String status = String.valueOf(Fields.text(order, "status")).toLowerCase(Locale.ROOT);
    String tool =
        status.startsWith("pending")
            ? "modify_pending_order_items"
            : "exchange_delivered_order_items";
    Map<String, Object> swap = new HashMap<>();
    swap.put("item_code", ReferenceResolver.itemCode(item));
    swap.put("new_item_code", ReferenceResolver.itemCode(choice.chosen()));
    return Step.call(
        tool,
        "order_number",
        number,
        "swaps",
        List.of(Map.copyOf(swap)),
        "payment_method_code",
        pay.code());
  }

  private Step lookUp(String number) {
    Optional<Memory.Outcome> looked = turn.memory.turn("get_order_details");
    if (looked.isPresent() && looked.get().failed()) {
      return Step.say(Replies.error(turn, looked.get()));
    }
    return Step.call("get_order_details", "order_number", number);
  }

  /** The newest details of the order, from any turn: an order's items do not change codes. */
  private Optional<Map<String, Object>> order(String number) {
    List<Memory.Outcome> all = new ArrayList<>(turn.memory.all());
    java.util.Collections.reverse(all);
    return all.stream()
        .filter(o -> o.tool().equals("get_order_details") && !o.failed())
        .filter(
            o ->
                same(Fields.text(o.data(), "order_number", "orderNumber"), number)
                    || same(Fields.text(o.args(), "order_number"), number))
        .map(Memory.Outcome::data)
        .findFirst();
  }

  private static boolean same(String a, String b) {
    return a != null && b != null && plain(a).equals(plain(b));
  }

  private static String plain(String number) {
    return number.replace("#", "").strip().toUpperCase(Locale.ROOT);
  }

  /** The items meant: all, by code, by words, or the only one. */
  static List<Map<String, Object>> items(List<Map<String, Object>> items, ProductRef ref) {
    if (ref.all()) {
      return items;
    }
    if (ref.code() != null) {
      return items.stream()
          .filter(i -> ref.code().equalsIgnoreCase(ReferenceResolver.itemCode(i)))
          .toList();
    }
    if (!ref.names().isEmpty() || !ref.options().isEmpty()) {
      return Scoring.best(items, OrderItemsFlow::words, ref);
    }
    return items.size() == 1 ? items : List.of();
  }

  private static List<String> words(Map<String, Object> item) {
    List<String> words =
        new ArrayList<>(Fields.optionWords(Fields.text(item, "product", "product_name", "name")));
    words.addAll(Fields.optionWords(item.get("options")));
    return words;
  }

  private static String productOf(Map<String, Object> item) {
    String code = Fields.text(item, "product_code", "productCode", "product_id");
    return code != null ? code : ReferenceResolver.code(Fields.nested(item, "product"));
  }

  /** The product's details without the variant the customer already has. */
  private static Map<String, Object> without(
      Map<String, Object> details, Map<String, Object> item) {
    String current = ReferenceResolver.itemCode(item);
    Map<String, Object> copy = new HashMap<>(details);
    copy.put(
        "variants",
        Fields.maps(details, "variants").stream()
            .filter(v -> !String.valueOf(ReferenceResolver.itemCode(v)).equals(current))
            .toList());
    return copy;
  }
}
