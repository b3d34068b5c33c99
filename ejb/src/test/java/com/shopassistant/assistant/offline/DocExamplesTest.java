package com.shopassistant.assistant.offline;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopassistant.assistant.model.FunctionCall;
import com.shopassistant.assistant.model.ModelReply;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The examples docs/offline-assistant.md gives do what the page says: their first call. */
class DocExamplesTest {

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          NEW           | cari headphone nirkabel di bawah 500 ribu                  | search_products
          NEW           | tampilkan jaket murah                                      | search_products
          NEW           | sepatu lari di atas 50                                     | search_products
          NEW           | laptops max 1.5jt, in stock                                | search_products
          NEW           | laptop maks 1,5 juta yang tersedia                         | search_products
          NEW           | ponsel termahal                                            | search_products
          NEW           | kategori apa saja?                                         | list_categories
          NEW           | detail DP0003                                              | get_product_details
          AFTER_DETAILS | yang biru ada stok?                                        | get_product_details
          AFTER_SEARCH  | berapa harga yang terakhir?                                | get_product_details
          AFTER_DETAILS | stock of DV000203                                          | check_stock
          NEW           | tambah DV000301                                            | add_to_cart
          NEW           | hapus headphone dari keranjang                             | view_cart
          NEW           | show my keranjnag                                          | view_cart
          NEW           | checkout ke alamat kantor                                  | list_addresses
          NEW           | pay with my credit card, voucher HEMAT10                   | list_payment_methods
          NEW           | kembalikan semua barang pesanan #W1234567 ke paypal        | get_order_details
          NEW           | tukar headphone di #W1234567 dengan yang biru              | get_order_details
          NEW           | exchange the headphones in #W1234567 for the blue ones     | get_order_details
          NEW           | bayar pesanan #W1234567 pakai kartu hadiah                 | list_payment_methods
          NEW           | bicara dengan CS                                           | transfer_to_human_agents
          """)
  void aDocumentedExampleMakesTheDocumentedCall(String context, String phrase, String tool) {
    ModelReply reply =
        new OfflineAssistant()
            .generate(OfflineAssistantPhrasesTest.context(context).user(phrase).request());

    assertThat(reply.calls()).as(reply.text()).extracting(FunctionCall::name).containsExactly(tool);
  }
}
