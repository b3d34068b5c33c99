package com.shopassistant.assistant.offline;

import com.shopassistant.assistant.model.ModelMessage;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Summarises turns that leave the history window without a model: an extractive list of facts (what
 * the customer looked for, products and item codes, cart changes, orders and quotes) in the
 * customer's language, at most {@value #MAX_CHARS} characters, newest facts kept first when the
 * previous summary must be shortened.
 */
@ApplicationScoped
public class OfflineSummariser {

  /** The longest summary returned. */
  public static final int MAX_CHARS = 800;

  private static final int MAX_ENTRIES = 6;
  private static final int MAX_QUOTED_CHARS = 60;

  public String summarise(String previousSummary, List<ModelMessage> foldedMessages) {
    List<ModelMessage> folded = foldedMessages == null ? List.of() : foldedMessages;
    String language = language(folded, previousSummary);
    String fresh = facts(new Memory(folded), folded, language);
    String previous = previousSummary == null ? "" : previousSummary.strip();
    if (previous.isEmpty()) {
      return cut(fresh, MAX_CHARS);
    }
    if (fresh.isEmpty()) {
      return cut(previous, MAX_CHARS);
    }
    String kept = cut(fresh, MAX_CHARS);
    int room = MAX_CHARS - kept.length() - 1;
    return room < 40 ? kept : cut(previous, room) + " " + kept;
  }

  private static String language(List<ModelMessage> folded, String previous) {
    List<String> texts = new ArrayList<>();
    for (int i = folded.size() - 1; i >= 0; i--) {
      if (folded.get(i).role() == ModelMessage.Role.USER) {
        texts.add(folded.get(i).text());
      }
    }
    if (previous != null) {
      texts.add(previous);
    }
    return texts.isEmpty()
        ? Language.EN
        : Language.of(texts.get(0), texts.subList(1, texts.size()), null);
  }

  private static String facts(Memory memory, List<ModelMessage> folded, String language) {
    Set<String> searched = new LinkedHashSet<>();
    Set<String> products = new LinkedHashSet<>();
    Set<String> cart = new LinkedHashSet<>();
    Set<String> orders = new LinkedHashSet<>();
    for (Memory.Outcome o : memory.all()) {
      if (o.failed()) {
        continue;
      }
      switch (o.tool()) {
        case "search_products" -> searched.add(searchWords(o.args()));
        case "get_product_details" ->
            products.add(
                CatalogReplies.name(o.data()) + " (" + ReferenceResolver.code(o.data()) + ")");
        case "add_to_cart" ->
            cart.add(Texts.format(language, Phrase.SUMMARY_ADDED, added(memory, o)));
        case "remove_cart_line" -> cart.add(Texts.format(language, Phrase.SUMMARY_REMOVED));
        case "clear_cart" -> cart.add(Texts.format(language, Phrase.SUMMARY_CLEARED));
        case "apply_voucher" ->
            cart.add(Texts.format(language, Phrase.SUMMARY_VOUCHER, Fields.text(o.args(), "code")));
        default -> order(o, language, orders, memory);
      }
    }
    searched.remove("");
    StringJoiner summary = new StringJoiner(" ");
    add(summary, language, Phrase.SUMMARY_SEARCHED, searched);
    add(summary, language, Phrase.SUMMARY_PRODUCTS, products);
    add(summary, language, Phrase.SUMMARY_CART, cart);
    add(summary, language, Phrase.SUMMARY_ORDERS, orders);
    if (summary.length() == 0) {
      add(summary, language, Phrase.SUMMARY_ASKED, asked(folded));
    }
    return summary.toString();
  }

  private static void order(Memory.Outcome o, String language, Set<String> orders, Memory memory) {
    Map<String, Object> data = o.data();
    String number = Fields.text(data, "order_number", "orderNumber");
    if (number == null) {
      number = Fields.text(o.args(), "order_number");
    }
    String total = Money.format(data, Money.currency(data), "total");
    String what = number == null ? "" : number;
    if (o.tool().equals("confirm_checkout")) {
      orders.add(Texts.format(language, Phrase.SUMMARY_PLACED, what, String.valueOf(total)));
    } else if (o.tool().equals("confirm_order_change")) {
      orders.add(Texts.format(language, Phrase.SUMMARY_CHANGED, what));
    } else if (Fields.has(data, "confirmation_token", "confirmationToken")
        && !confirmed(o, memory)) {
      String quoted =
          o.tool().equals("quote_checkout") ? "checkout" : o.tool().replace('_', ' ') + " " + what;
      orders.add(Texts.format(language, Phrase.SUMMARY_QUOTED, quoted.strip()));
    } else if (o.tool().equals("get_order_details") && number != null) {
      orders.add(Texts.format(language, Phrase.SUMMARY_LOOKED, number));
    } else if (o.tool().equals("transfer_to_human_agents")) {
      orders.add(Texts.format(language, Phrase.SUMMARY_TRANSFERRED));
    }
  }

  /** Whether a later confirm call took the quote's token (the quote is then no longer open). */
  private static boolean confirmed(Memory.Outcome quote, Memory memory) {
    String token = Fields.text(quote.data(), "confirmation_token", "confirmationToken");
    return memory.all().stream()
        .anyMatch(
            o ->
                o.index() > quote.index()
                    && o.tool().startsWith("confirm_")
                    && !o.failed()
                    && token != null
                    && token.equals(Fields.text(o.args(), "confirmation_token")));
  }

  private static String searchWords(Map<String, Object> args) {
    StringJoiner words = new StringJoiner(" ");
    for (String key : List.of("query", "category")) {
      String value = Fields.text(args, key);
      if (value != null) {
        words.add(value);
      }
    }
    return words.toString();
  }

  private static String added(Memory memory, Memory.Outcome o) {
    String item = Fields.text(o.args(), "item_code");
    Long quantity = Fields.whole(o.args(), "quantity");
    String name = new ReferenceResolver(memory).itemName(item, o.data());
    boolean codeShown = item == null || name.equals(item);
    return (quantity == null ? 1 : quantity) + " × " + name + (codeShown ? "" : " [" + item + "]");
  }

  private static Set<String> asked(List<ModelMessage> folded) {
    Set<String> asked = new LinkedHashSet<>();
    for (ModelMessage message : folded) {
      if (message.role() == ModelMessage.Role.USER && !message.text().isBlank()) {
        asked.add("\"" + cut(message.text().strip(), MAX_QUOTED_CHARS) + "\"");
      }
    }
    return asked;
  }

  private static void add(
      StringJoiner summary, String language, Phrase label, Set<String> entries) {
    if (entries.isEmpty()) {
      return;
    }
    List<String> newest = new ArrayList<>(entries);
    if (newest.size() > MAX_ENTRIES) {
      newest = newest.subList(newest.size() - MAX_ENTRIES, newest.size());
    }
    summary.add(Texts.format(language, label, String.join(", ", newest)));
  }

  /** At most {@code max} characters, cut at a blank when one is near, with "…" when cut. */
  static String cut(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    String head = text.substring(0, Math.max(0, max - 1));
    int blank = head.lastIndexOf(' ');
    if (blank > max / 2) {
      head = head.substring(0, blank);
    }
    return head + "…";
  }
}
