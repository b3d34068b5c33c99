package com.shopassistant.assistant;

import com.shopassistant.assistant.model.ModelMessage;
import com.shopassistant.assistant.tool.PendingAction;
import com.shopassistant.assistant.tool.ToolDeclaration;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which tool declarations a turn sends. Declaring all 28 tools costs about as many tokens as the
 * rest of a short call, on every call; most messages need one or two groups. The groups come from
 * the message's words (English and Indonesian), the groups the previous turn used, and a pending
 * write (its confirm tool); search and product details always; a long request (over 40 words) gets
 * them all. A tool the model was not shown is still run if it calls it: selection saves tokens, it
 * is not a permission.
 */
public final class ToolSelector {

  /** Tool groups by feature. */
  enum Group {
    CATALOG(
        "search_products|get_product_details",
        "find|search|look|show|have|price|cheap|under|below|detail|details|size|colour|color|"
            + "product|products|cari|carikan|ada|harga|murah|bawah|ukuran|warna"),
    STOCK(
        "check_stock|list_categories",
        "stock|available|availability|category|categories|kinds|stok|tersedia|kategori"),
    CART(
        "view_cart|add_to_cart|update_cart_line|remove_cart_line|clear_cart|apply_voucher|"
            + "remove_voucher",
        "cart|basket|add|remove|delete|quantity|qty|voucher|coupon|promo|empty|keranjang|"
            + "tambah|tambahkan|masukkan|hapus|jumlah|kupon|diskon|kosongkan"),
    ACCOUNT(
        "list_addresses|add_address|list_payment_methods|change_default_address",
        "address|addresses|payment|card|paypal|gift|default|office|home|alamat|pembayaran|"
            + "kartu|kantor|rumah"),
    CHECKOUT(
        "quote_checkout|confirm_checkout",
        "checkout|check out|buy|purchase|pay|place|beli|bayar|pesan sekarang"),
    ORDERS(
        "list_orders|get_order_details",
        "order|orders|status|shipped|delivery|deliver|track|where|pesanan|kiriman|lacak|"
            + "dikirim|#[a-z]\\d+"),
    CARE(
        "cancel_pending_order|modify_pending_order_address|modify_pending_order_items|"
            + "modify_pending_order_payment|return_delivered_order_items|"
            + "exchange_delivered_order_items|confirm_order_change",
        "cancel|return|refund|exchange|swap|change|modify|wrong|batal|batalkan|kembalikan|"
            + "retur|tukar|ganti|ubah|salah"),
    SUPPORT(
        "transfer_to_human_agents|calculate",
        "human|agent|person|someone|complain|calculate|sum|manusia|operator|cs|keluhan|hitung");

    final Set<String> tools;
    final Pattern words;

    Group(String tools, String words) {
      this.tools = Set.of(tools.split("\\|"));
      this.words = Pattern.compile("(?<![\\p{L}])(" + words + ")(?![\\p{L}])");
    }
  }

  private static final Map<String, Group> GROUP_OF_ACTION =
      Map.of("CHECKOUT", Group.CHECKOUT, "CHANGE_DEFAULT_ADDRESS", Group.ACCOUNT);
  private static final int LONG_MESSAGE_WORDS = 40;

  private ToolSelector() {}

  /** The declarations for a turn, in the registry's order. */
  public static List<ToolDeclaration> select(
      List<ToolDeclaration> all,
      String message,
      List<ModelMessage> history,
      PendingAction pending,
      boolean everything) {
    String text = message == null ? "" : message.toLowerCase(Locale.ROOT);
    if (everything || text.split("\\s+").length > LONG_MESSAGE_WORDS) {
      return all;
    }
    // Search and details are the commonest need and the fallback of an unclear message.
    Set<Group> groups = EnumSet.of(Group.CATALOG);
    for (Group group : Group.values()) {
      if (group.words.matcher(text).find()) {
        groups.add(group);
      }
    }
    addCompanions(groups);
    groups.addAll(groupsUsedLastTurn(history));
    if (pending != null) {
      groups.add(GROUP_OF_ACTION.getOrDefault(pending.action(), Group.CARE));
    }
    return all.stream().filter(d -> inAny(groups, d.name()) || ungrouped(d.name())).toList();
  }

  // Checking out needs the cart and the saved addresses and payment methods; order care needs the
  // orders and the payment methods to refund to.
  private static void addCompanions(Set<Group> groups) {
    if (groups.contains(Group.CHECKOUT)) {
      groups.addAll(EnumSet.of(Group.CART, Group.ACCOUNT));
    }
    if (groups.contains(Group.CARE)) {
      groups.addAll(EnumSet.of(Group.ORDERS, Group.ACCOUNT));
    }
  }

  private static Set<Group> groupsUsedLastTurn(List<ModelMessage> history) {
    Set<Group> used = EnumSet.noneOf(Group.class);
    int lastUser = -1;
    for (int i = history.size() - 1; i >= 0 && lastUser < 0; i--) {
      if (history.get(i).role() == ModelMessage.Role.USER) {
        lastUser = i;
      }
    }
    for (int i = Math.max(0, previousUser(history, lastUser)); i < Math.max(0, lastUser); i++) {
      ModelMessage message = history.get(i);
      if (message.role() == ModelMessage.Role.TOOL) {
        for (Group group : Group.values()) {
          if (group.tools.contains(message.toolName())) {
            used.add(group);
          }
        }
      }
    }
    return used;
  }

  private static int previousUser(List<ModelMessage> history, int before) {
    for (int i = before - 1; i >= 0; i--) {
      if (history.get(i).role() == ModelMessage.Role.USER) {
        return i;
      }
    }
    return 0;
  }

  private static boolean inAny(Set<Group> groups, String tool) {
    return groups.stream().anyMatch(group -> group.tools.contains(tool));
  }

  // A tool no group knows (added later) is always declared rather than silently never shown.
  private static boolean ungrouped(String tool) {
    for (Group group : Group.values()) {
      if (group.tools.contains(tool)) {
        return false;
      }
    }
    return true;
  }
}
