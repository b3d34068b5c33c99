package com.shopassistant.assistant.offline;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopassistant.assistant.model.FunctionCall;
import com.shopassistant.assistant.model.ModelReply;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Plain shopping requests in English and Bahasa Indonesia, each with the first tool call it must
 * lead to: the tool's name and its arguments, as docs/assistant-tools.md names them. The context is
 * what the conversation showed before: nothing (NEW), a search for headphones (AFTER_SEARCH), or
 * that search and the details of its second product (AFTER_DETAILS).
 */
class OfflineAssistantPhrasesTest {

  static Chat context(String name) {
    Chat chat = Chat.start();
    if (!name.equals("NEW")) {
      chat.user("find headphones")
          .called("search_products", Map.of("query", "headphone"), Samples.headphonesSearch())
          .model("I found 3 products.");
    }
    if (name.equals("AFTER_DETAILS")) {
      chat.user("tell me about the second one")
          .called("get_product_details", Map.of("product", "DP0002"), Samples.overEarDetails())
          .model("Wireless Over-Ear Headphones ...");
    }
    return chat;
  }

  /** "name=value; name=value" as a plain map. */
  private static Map<String, Object> args(String written) {
    Map<String, Object> args = new TreeMap<>();
    if (written != null) {
      for (String pair : written.split(";")) {
        String[] parts = pair.split("=", 2);
        args.put(parts[0].strip(), parts[1].strip());
      }
    }
    return args;
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # Searches, English
          NEW           | find wireless headphones under 500k                            | search_products              | query=wireless headphone; max_price=500000
          NEW           | headphones between 100 and 300                                 | search_products              | query=headphone; min_price=100; max_price=300
          NEW           | show me cheap jackets                                          | search_products              | query=jacket; sort=price_asc
          NEW           | Find running shoes over $50                                    | search_products              | query=running shoe; min_price=50
          NEW           | search for a laptop below 1.5jt                                | search_products              | query=laptop; max_price=1500000
          NEW           | do you have backpacks in stock?                                | search_products              | query=backpack; in_stock_only=true
          NEW           | most expensive smartphones                                     | search_products              | query=smartphone; sort=price_desc
          NEW           | Looking for a desk lamp, max $40.                              | search_products              | query=desk lamp; max_price=40
          # Searches, Indonesian
          NEW           | cari sepatu lari di bawah 500 ribu                             | search_products              | query=running shoe; max_price=500000
          NEW           | carikan headphone antara 100rb dan 300rb                       | search_products              | query=headphone; min_price=100000; max_price=300000
          NEW           | ada jaket murah?                                               | search_products              | query=jacket; sort=price_asc
          NEW           | cari tas maks 1,5 juta                                         | search_products              | query=bag; max_price=1500000
          NEW           | tampilkan kaos hitam                                           | search_products              | query=t-shirt black
          NEW           | Cari sepeda di atas 2jt                                        | search_products              | query=bicycle; min_price=2000000
          # Details and stock
          AFTER_SEARCH  | tell me about the second one                                   | get_product_details          | product=DP0002
          AFTER_SEARCH  | detail yang pertama                                            | get_product_details          | product=DP0001
          NEW           | details of DP0003                                              | get_product_details          | product=DP0003
          AFTER_DETAILS | is the blue one in stock?                                      | get_product_details          | product=DP0002
          AFTER_DETAILS | stok DV000203 ada?                                             | check_stock                  | item_code=DV000203
          AFTER_SEARCH  | how much is the last one                                       | get_product_details          | product=DP0005
          # Cart
          AFTER_DETAILS | add the blue one                                               | add_to_cart                  | item_code=DV000203; quantity=1
          AFTER_DETAILS | add 2 of the black one                                         | add_to_cart                  | item_code=DV000201; quantity=2
          AFTER_DETAILS | tambahkan 2 yang biru                                          | add_to_cart                  | item_code=DV000203; quantity=2
          AFTER_DETAILS | put the second one in blue in my cart                          | add_to_cart                  | item_code=DV000203; quantity=1
          AFTER_SEARCH  | add the second one                                             | get_product_details          | product=DP0002
          NEW           | add DV000301                                                   | add_to_cart                  | item_code=DV000301; quantity=1
          NEW           | show my cart                                                   | view_cart                    |
          NEW           | lihat keranjang                                                | view_cart                    |
          NEW           | remove the headphones                                          | view_cart                    |
          NEW           | hapus earbuds dari keranjang                                   | view_cart                    |
          NEW           | change quantity of the earbuds to 3                            | view_cart                    |
          NEW           | empty my cart                                                  | clear_cart                   |
          NEW           | kosongkan keranjang                                            | clear_cart                   |
          # Vouchers
          NEW           | use voucher HEMAT10                                            | apply_voucher                | code=HEMAT10
          NEW           | pakai voucher hemat10                                          | apply_voucher                | code=HEMAT10
          NEW           | remove the voucher                                             | remove_voucher               |
          NEW           | hapus voucher                                                  | remove_voucher               |
          # Account
          NEW           | my addresses                                                   | list_addresses               |
          NEW           | alamat saya                                                    | list_addresses               |
          NEW           | payment methods                                                | list_payment_methods         |
          NEW           | metode pembayaran                                              | list_payment_methods         |
          NEW           | what categories do you have?                                   | list_categories              |
          # Checkout
          NEW           | checkout                                                       | quote_checkout               |
          NEW           | check out to my office address                                 | list_addresses               |
          NEW           | bayar pakai kartu kredit                                       | list_payment_methods         |
          NEW           | checkout with voucher HEMAT10                                  | quote_checkout               | voucher_code=HEMAT10
          NEW           | chekcout please                                                | quote_checkout               |
          # Orders
          NEW           | my orders                                                      | list_orders                  |
          NEW           | pesanan saya                                                   | list_orders                  |
          NEW           | where is my order #W1234567                                    | get_order_details            | order_number=#W1234567
          NEW           | status pesanan #W1234567                                       | get_order_details            | order_number=#W1234567
          NEW           | cancel order #W1234567 because I ordered by mistake            | cancel_pending_order         | order_number=#W1234567; reason=ordered by mistake
          NEW           | batalkan pesanan W1234567 karena sudah tidak perlu             | cancel_pending_order         | order_number=#W1234567; reason=no longer needed
          NEW           | return all items of order #W1234567 to my paypal               | get_order_details            | order_number=#W1234567
          NEW           | change the address of order #W1234567 to 500 Pine Avenue, Floor 9, Portland, OR, 97204, USA | modify_pending_order_address | order_number=#W1234567; address1=500 Pine Avenue; address2=Floor 9; city=Portland; state=OR; zip=97204; country=USA
          NEW           | pay order #W1234567 with my gift card instead                  | list_payment_methods         |
          """)
  void aPhraseLeadsToTheToolCallTheModelWouldMake(
      String context, String phrase, String tool, String expected) {
    ModelReply reply = new OfflineAssistant().generate(context(context).user(phrase).request());

    assertThat(reply.calls()).as(reply.text()).hasSize(1);
    FunctionCall call = reply.calls().get(0);
    assertThat(call.name()).isEqualTo(tool);
    assertThat(Args.plain(call.args())).isEqualTo(args(expected));
    assertThat(call.args().keySet()).noneMatch(k -> k.contains("customer") || k.contains("user"));
    assertThat(call.id()).startsWith("offline-");
    assertThat(reply.model()).isEqualTo("offline");
    assertThat(reply.usage().total()).isZero();
    assertThat(reply.vendorJson()).isNull();
  }
}
