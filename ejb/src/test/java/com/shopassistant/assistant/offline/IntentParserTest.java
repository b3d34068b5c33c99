package com.shopassistant.assistant.offline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Messages that share words with another request and must not be read as it. */
class IntentParserTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          cancel that                              | Decline
          no thanks                                | Decline
          tidak jadi                               | Decline
          cancel my order #W1234567                | CancelOrder
          batalkan pesanan                         | CancelOrder
          yes please                               | Confirm
          ya, lanjut                               | Confirm
          yes, and add the black one too           | AddToCart
          remove the voucher                       | RemoveVoucher
          remove the earbuds                       | RemoveFromCart
          hapus semua                              | ClearCart
          find drop earrings                       | Search
          place my order                           | Confirm
          checkout to my office                    | Checkout
          where is my order                        | OrderStatus
          my order history                         | ListOrders
          exchange the headphones in #W1234567 for black | ExchangeItems
          change the address of #W1234567          | ChangeOrderAddress
          pay #W1234567 with paypal instead        | ChangeOrderPayment
          return the earbuds                       | ReturnItems
          the second one                           | Fragment
          wireless headphones                      | Fragment
          is the blue one in stock                 | Stock
          do you have headphones in stock          | Search
          do you have the blue one in stock?       | Stock
          show me jackets                          | Search
          """)
  void aMessageIsReadAsTheRequestItMakes(String message, String intent) {
    assertThat(IntentParser.parse(message).getClass().getSimpleName()).isEqualTo(intent);
  }
}
