package com.shopassistant.assistant.offline;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopassistant.assistant.model.FunctionCall;
import com.shopassistant.assistant.model.ModelReply;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Plain shopping requests in English and Bahasa Indonesia, each with the first tool call it must
 * lead to: the tool's name and its arguments, as docs/assistant-tools.md names them.
 */
class OfflineAssistantPhrasesTest {

  private static final Supplier<Chat> NEW = Chat::start;
  private static final Supplier<Chat> AFTER_SEARCH =
      () ->
          Chat.start()
              .user("find headphones")
              .called("search_products", Map.of("query", "headphone"), Samples.headphonesSearch())
              .model("I found 3 products.");
  private static final Supplier<Chat> AFTER_DETAILS =
      () ->
          AFTER_SEARCH
              .get()
              .user("tell me about the second one")
              .called("get_product_details", Map.of("product", "DP0002"), Samples.overEarDetails())
              .model("Wireless Over-Ear Headphones ...");

  static Stream<Arguments> phrases() {
    return Stream.of(
        // Searches, English
        row(
            NEW,
            "find wireless headphones under 500k",
            "search_products",
            "query",
            "wireless headphone",
            "max_price",
            500000),
        row(
            NEW,
            "headphones between 100 and 300",
            "search_products",
            "query",
            "headphone",
            "min_price",
            100,
            "max_price",
            300),
        row(
            NEW,
            "show me cheap jackets",
            "search_products",
            "query",
            "jacket",
            "sort",
            "price_asc"),
        row(
            NEW,
            "Find running shoes over $50",
            "search_products",
            "query",
            "running shoe",
            "min_price",
            50),
        row(
            NEW,
            "search for a laptop below 1.5jt",
            "search_products",
            "query",
            "laptop",
            "max_price",
            1500000),
        row(
            NEW,
            "do you have backpacks in stock?",
            "search_products",
            "query",
            "backpack",
            "in_stock_only",
            true),
        row(
            NEW,
            "most expensive smartphones",
            "search_products",
            "query",
            "smartphone",
            "sort",
            "price_desc"),
        row(
            NEW,
            "Looking for a desk lamp, max $40.",
            "search_products",
            "query",
            "desk lamp",
            "max_price",
            40),
        // Searches, Indonesian
        row(
            NEW,
            "cari sepatu lari di bawah 500 ribu",
            "search_products",
            "query",
            "running shoe",
            "max_price",
            500000),
        row(
            NEW,
            "carikan headphone antara 100rb dan 300rb",
            "search_products",
            "query",
            "headphone",
            "min_price",
            100000,
            "max_price",
            300000),
        row(NEW, "ada jaket murah?", "search_products", "query", "jacket", "sort", "price_asc"),
        row(NEW, "cari tas maks 1,5 juta", "search_products", "query", "bag", "max_price", 1500000),
        row(NEW, "tampilkan kaos hitam", "search_products", "query", "t-shirt black"),
        row(
            NEW,
            "Cari sepeda di atas 2jt",
            "search_products",
            "query",
            "bicycle",
            "min_price",
            2000000),
        // Details and stock
        row(
            AFTER_SEARCH,
            "tell me about the second one",
            "get_product_details",
            "product",
            "DP0002"),
        row(AFTER_SEARCH, "detail yang pertama", "get_product_details", "product", "DP0001"),
        row(NEW, "details of DP0003", "get_product_details", "product", "DP0003"),
        row(AFTER_DETAILS, "is the blue one in stock?", "get_product_details", "product", "DP0002"),
        row(AFTER_DETAILS, "stok DV000203 ada?", "check_stock", "item_code", "DV000203"),
        row(AFTER_SEARCH, "how much is the last one", "get_product_details", "product", "DP0005"),
        // Cart
        row(
            AFTER_DETAILS,
            "add the blue one",
            "add_to_cart",
            "item_code",
            "DV000203",
            "quantity",
            1),
        row(
            AFTER_DETAILS,
            "add 2 of the black one",
            "add_to_cart",
            "item_code",
            "DV000201",
            "quantity",
            2),
        row(
            AFTER_DETAILS,
            "tambahkan 2 yang biru",
            "add_to_cart",
            "item_code",
            "DV000203",
            "quantity",
            2),
        row(
            AFTER_DETAILS,
            "put the second one in blue in my cart",
            "add_to_cart",
            "item_code",
            "DV000203",
            "quantity",
            1),
        row(AFTER_SEARCH, "add the second one", "get_product_details", "product", "DP0002"),
        row(NEW, "add DV000301", "add_to_cart", "item_code", "DV000301", "quantity", 1),
        row(NEW, "show my cart", "view_cart"),
        row(NEW, "lihat keranjang", "view_cart"),
        row(NEW, "remove the headphones", "view_cart"),
        row(NEW, "hapus earbuds dari keranjang", "view_cart"),
        row(NEW, "change quantity of the earbuds to 3", "view_cart"),
        row(NEW, "empty my cart", "clear_cart"),
        row(NEW, "kosongkan keranjang", "clear_cart"),
        // Vouchers
        row(NEW, "use voucher HEMAT10", "apply_voucher", "code", "HEMAT10"),
        row(NEW, "pakai voucher hemat10", "apply_voucher", "code", "HEMAT10"),
        row(NEW, "remove the voucher", "remove_voucher"),
        row(NEW, "hapus voucher", "remove_voucher"),
        // Account
        row(NEW, "my addresses", "list_addresses"),
        row(NEW, "alamat saya", "list_addresses"),
        row(NEW, "payment methods", "list_payment_methods"),
        row(NEW, "metode pembayaran", "list_payment_methods"),
        row(NEW, "what categories do you have?", "list_categories"),
        // Checkout
        row(NEW, "checkout", "quote_checkout"),
        row(NEW, "check out to my office address", "list_addresses"),
        row(NEW, "bayar pakai kartu kredit", "list_payment_methods"),
        row(NEW, "checkout with voucher HEMAT10", "quote_checkout", "voucher_code", "HEMAT10"),
        row(NEW, "chekcout please", "quote_checkout"),
        // Orders
        row(NEW, "my orders", "list_orders"),
        row(NEW, "pesanan saya", "list_orders"),
        row(NEW, "where is my order #W1234567", "get_order_details", "order_number", "#W1234567"),
        row(NEW, "status pesanan #W1234567", "get_order_details", "order_number", "#W1234567"),
        row(
            NEW,
            "cancel order #W1234567 because I ordered by mistake",
            "cancel_pending_order",
            "order_number",
            "#W1234567",
            "reason",
            "ordered by mistake"),
        row(
            NEW,
            "batalkan pesanan W1234567 karena sudah tidak perlu",
            "cancel_pending_order",
            "order_number",
            "#W1234567",
            "reason",
            "no longer needed"),
        row(
            NEW,
            "return all items of order #W1234567 to my paypal",
            "get_order_details",
            "order_number",
            "#W1234567"),
        row(
            NEW,
            "change the address of order #W1234567 to 500 Pine Avenue, Floor 9, Portland, OR, 97204, USA",
            "modify_pending_order_address",
            "order_number",
            "#W1234567",
            "address1",
            "500 Pine Avenue",
            "address2",
            "Floor 9",
            "city",
            "Portland",
            "state",
            "OR",
            "zip",
            "97204",
            "country",
            "USA"),
        row(NEW, "pay order #W1234567 with my gift card instead", "list_payment_methods"));
  }

  private static Arguments row(Supplier<Chat> context, String phrase, String tool, Object... args) {
    return Arguments.of(phrase, context, tool, Args.of(args));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("phrases")
  void aPhraseLeadsToTheToolCallTheModelWouldMake(
      String phrase, Supplier<Chat> context, String tool, Map<String, Object> args) {
    ModelReply reply = new OfflineAssistant().generate(context.get().user(phrase).request());

    assertThat(reply.calls()).as(reply.text()).hasSize(1);
    FunctionCall call = reply.calls().get(0);
    assertThat(call.name()).isEqualTo(tool);
    assertThat(Args.plain(call.args())).isEqualTo(args);
    assertThat(call.id()).startsWith("offline-");
    assertThat(reply.model()).isEqualTo("offline");
    assertThat(reply.usage().total()).isZero();
    assertThat(reply.vendorJson()).isNull();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("phrases")
  void noCallEverNamesACustomer(
      String phrase, Supplier<Chat> context, String tool, Map<String, Object> args) {
    ModelReply reply = new OfflineAssistant().generate(context.get().user(phrase).request());

    for (FunctionCall call : reply.calls()) {
      assertThat(call.args().keySet())
          .noneMatch(key -> key.contains("customer") || key.contains("user"));
    }
  }
}
