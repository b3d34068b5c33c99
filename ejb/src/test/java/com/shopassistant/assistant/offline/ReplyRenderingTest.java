package com.shopassistant.assistant.offline;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopassistant.assistant.model.ModelReply;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Replies are built from tool results only: lists cut to five with the rest counted, prices with
 * their currency, stock as the result says it, carts with totals, quotes asking for a yes, errors
 * in the store's words, and missing fields leaving details out instead of failing.
 */
class ReplyRenderingTest {

  private static String finalText(Chat chat) {
    ModelReply reply = new OfflineAssistant().generate(chat.request());
    assertThat(reply.calls()).as("a final reply, not a call").isEmpty();
    return reply.text();
  }

  @Test
  void aSearchShowsFiveProductsNumberedAndCountsTheRest() {
    List<Map<String, Object>> products = new ArrayList<>();
    for (int i = 1; i <= 7; i++) {
      products.add(
          Samples.product(
              "DP000" + i, "Headphones " + i, "10" + i + ".00", "1" + i + "0.00", i % 2 == 1));
    }
    Chat chat =
        Chat.start()
            .user("find headphones under $200")
            .called(
                "search_products",
                Map.of("query", "headphone", "max_price", 200),
                Map.of("total", 12, "products", products));

    String text = finalText(chat);

    assertThat(text)
        .startsWith(
            "I found 12 products for \"headphone\" under $200.00:\n1. Headphones 1 — $101.00–$110.00, in stock\n")
        .contains("2. Headphones 2 — $102.00–$120.00, out of stock", "5. Headphones 5")
        .doesNotContain("Headphones 6")
        .contains("…and 7 more.");
  }

  @Test
  void aSearchIsWordedInIndonesianForAnIndonesianMessage() {
    Chat chat =
        Chat.start()
            .user("cari headphone di bawah 300 ribu")
            .called(
                "search_products",
                Map.of("query", "headphone", "max_price", 300000),
                Samples.headphonesSearch());

    assertThat(finalText(chat))
        .startsWith("Saya menemukan 3 produk untuk \"headphone\" di bawah $300,000.00:")
        .contains("tersedia", "stok habis", "Ketik misalnya");
  }

  @Test
  void anEmptySearchSaysSoWithTheFilters() {
    Chat chat =
        Chat.start()
            .user("find a sofa")
            .called("search_products", Map.of("query", "sofa"), Samples.emptySearch());

    assertThat(finalText(chat))
        .isEqualTo(
            "I couldn't find products for \"sofa\". Try other words or a wider price range.");
  }

  @Test
  void productDetailsListEveryVariantWithPriceAndStock() {
    Chat chat =
        Chat.start()
            .user("details of DP0002")
            .called("get_product_details", Map.of("product", "DP0002"), Samples.overEarDetails());

    assertThat(finalText(chat))
        .startsWith(
            "Wireless Over-Ear Headphones (DP0002)\nComfortable everyday Bluetooth headphones")
        .contains(
            "- black — $129.00 — in stock (5 left)",
            "- white — $129.00 — out of stock",
            "- blue — $135.00 — in stock (7 left)");
  }

  @Test
  void aCartShowsItsLinesVoucherAndTotals() {
    Map<String, Object> cart = new java.util.LinkedHashMap<>(Samples.twoLineCart());
    cart.put("discount", "22.80");
    cart.put("voucher", "HEMAT10");
    cart.put("total", "205.20");
    Chat chat = Chat.start().user("show my cart").called("view_cart", Map.of(), cart);

    assertThat(finalText(chat))
        .isEqualTo(
            "Your cart:\n"
                + "1. Wireless Over-Ear Headphones (black) × 1 — $129.00\n"
                + "2. Wireless Earbuds (white, standard) × 1 — $99.00\n"
                + "Subtotal: $264.00\n"
                + "Discount (voucher HEMAT10): -$22.80\n"
                + "Total: $205.20\n"
                + "Say \"checkout\" when you're ready.");
  }

  @Test
  void anEmptyCartSaysItIsEmpty() {
    Chat chat = Chat.start().user("lihat keranjang").called("view_cart", Map.of(), Samples.cart());

    assertThat(finalText(chat)).isEqualTo("Keranjang Anda kosong.");
  }

  @Test
  void aCheckoutQuoteGivesTotalsAddressPaymentAndAsksForYes() {
    Chat chat =
        Chat.start()
            .user("checkout")
            .called("quote_checkout", Map.of(), Samples.checkoutQuote("cf_1"));

    assertThat(finalText(chat))
        .startsWith(
            "Here is your order before I place it:\n- Wireless Over-Ear Headphones (black) × 1 — $129.00")
        .contains("Subtotal: $264.00", "Shipping: $0.00", "Total: $264.00")
        .contains("Ship to: 500 Pine Avenue, Portland, OR", "Pay with: Visa ending 4242")
        .endsWith("Reply \"yes\" to confirm (valid until 10:15 UTC), or \"no\" to cancel.")
        .doesNotContain("cf_1");
  }

  @Test
  void aRefusalIsTheStoresDetail() {
    Chat chat =
        Chat.start()
            .user("add DV000202")
            .called(
                "add_to_cart",
                Map.of("item_code", "DV000202", "quantity", 1),
                Samples.error(
                    "out-of-stock", "Wireless Over-Ear Headphones (white) is out of stock."));

    assertThat(finalText(chat))
        .isEqualTo(
            "Sorry, that didn't work: Wireless Over-Ear Headphones (white) is out of stock.");
  }

  @Test
  void ordersAndAnOrdersDetailsAreListedWithStatusesInTheCustomersLanguage() {
    Chat orders =
        Chat.start().user("pesanan saya").called("list_orders", Map.of(), Samples.orders());
    Chat order =
        Chat.start()
            .user("where is my order #W1234567?")
            .called(
                "get_order_details", Map.of("order_number", "#W1234567"), Samples.deliveredOrder());

    assertThat(finalText(orders))
        .contains(
            "- #W1234567 — terkirim — $228.00 — 2 barang", "- #S00000001 — menunggu diproses");
    assertThat(finalText(order))
        .startsWith("Order #W1234567: delivered")
        .contains("- Wireless Earbuds (white) — $99.00", "Tracking: TRK123");
  }

  @Test
  void missingFieldsLeaveDetailsOutInsteadOfFailing() {
    Chat chat =
        Chat.start()
            .user("find lamps")
            .called(
                "search_products",
                Map.of("query", "lamp"),
                Map.of("products", List.of(Map.of("name", "Desk Lamp"))));
    Chat cart =
        Chat.start()
            .user("show my cart")
            .called(
                "view_cart", Map.of(), Map.of("lines", List.of(Map.of("product", "Desk Lamp"))));

    assertThat(finalText(chat)).contains("I found 1 products for \"lamp\":\n1. Desk Lamp\n");
    assertThat(finalText(cart)).contains("1. Desk Lamp\n").doesNotContain("null");
  }

  @Test
  void aHandOverGivesTheReference() {
    Chat chat =
        Chat.start()
            .user("I want to talk to a human")
            .called(
                "transfer_to_human_agents",
                Map.of("summary", "x"),
                Map.of("transferred", true, "reference", "HT-42"));

    assertThat(finalText(chat)).contains("customer service team (reference HT-42)");
  }
}
