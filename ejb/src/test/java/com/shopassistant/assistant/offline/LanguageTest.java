package com.shopassistant.assistant.offline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          cari sepatu lari di bawah 500 ribu     | id
          tambahkan 2 yang biru                  | id
          status pesanan #W1234567               | id
          bayar pakai kartu kredit               | id
          find wireless headphones under 500k    | en
          show my cart                           | en
          is the blue one in stock?              | en
          cancel order #W1234567                 | en
          """)
  void aMessageWithTellingWordsHasTheirLanguage(String text, String language) {
    assertThat(Language.of(text)).isEqualTo(language);
  }

  @Test
  void aMessageThatDoesNotTellKeepsTheConversationsLanguage() {
    assertThat(Language.of("ok", List.of("DP0001", "cari jaket"), "en")).isEqualTo("id");
    assertThat(Language.of("HEMAT10", List.of("show my cart"), "id")).isEqualTo("en");
  }

  @Test
  void withNothingToGoOnTheRequestsHintDecides() {
    assertThat(Language.of("ok", List.of(), "id")).isEqualTo("id");
    assertThat(Language.of("DP0001", List.of("👍"), "en")).isEqualTo("en");
  }
}
