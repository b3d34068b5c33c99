package com.shopassistant.assistant.offline;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopassistant.assistant.model.ModelReply;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What the offline assistant cannot do is said honestly, without a tool call, in the customer's
 * language, with what it can do instead.
 */
class UnsupportedRequestTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          what's the weather like tomorrow in Jakarta?      | Sorry, I can't help with that while I'm offline.
          can you write me a poem about summer?             | Sorry, I can't help with that while I'm offline.
          bagaimana cuaca besok di Jakarta?                 | Maaf, saya tidak bisa membantu itu saat offline.
          tolong pesankan tiket pesawat ke Bali untuk besok | Maaf, saya tidak bisa membantu itu saat offline.
          please add a new address for my office            | Sorry, I can't add or change saved addresses
          tambah alamat baru                                | Maaf, saat offline saya tidak bisa menambah
          hello                                             | Hi! I'm the store's assistant, working offline
          halo kak                                          | Halo! Saya asisten toko
          help                                              | Here is what I can do offline:
          terima kasih                                      | Sama-sama!
          """)
  void aRequestOutsideWhatItDoesGetsAnHonestTextAndNoCall(String message, String reply) {
    ModelReply answer = new OfflineAssistant().generate(Chat.start().user(message).request());

    assertThat(answer.calls()).isEmpty();
    assertThat(answer.text()).startsWith(reply);
    assertThat(answer.model()).isEqualTo("offline");
  }
}
