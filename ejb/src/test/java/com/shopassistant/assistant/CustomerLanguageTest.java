package com.shopassistant.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CustomerLanguageTest {

  @Test
  void indonesianWordsMakeIndonesian() {
    assertThat(CustomerLanguage.of("cari sepatu lari di bawah 500 ribu", "en")).isEqualTo("id");
    assertThat(CustomerLanguage.of("Lihat keranjang saya", null)).isEqualTo("id");
  }

  @Test
  void englishSentencesMakeEnglish() {
    assertThat(CustomerLanguage.of("find wireless headphones under 500k", "id")).isEqualTo("en");
  }

  @Test
  void shortNeutralMessagesKeepTheConversationsLanguage() {
    assertThat(CustomerLanguage.of("ok", "id")).isEqualTo("id");
    assertThat(CustomerLanguage.of("HEMAT10", "en")).isEqualTo("en");
    assertThat(CustomerLanguage.of("#W1234567", null)).isEqualTo("en");
  }
}
