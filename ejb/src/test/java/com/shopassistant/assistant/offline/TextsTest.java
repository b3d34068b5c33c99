package com.shopassistant.assistant.offline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TextsTest {

  @ParameterizedTest
  @EnumSource(Phrase.class)
  void everyPhraseHasAnEnglishAndAnIndonesianTextWithTheSamePlaceholders(Phrase phrase) {
    String english = Texts.raw("en", phrase);
    String indonesian = Texts.raw("id", phrase);

    assertThat(english).isNotBlank();
    assertThat(indonesian).isNotBlank();
    if (english.length() > 20) {
      assertThat(indonesian).as("translated").isNotEqualTo(english);
    }
    assertThat(placeholders(indonesian)).isEqualTo(placeholders(english));
  }

  private static String placeholders(String text) {
    return Arrays.toString(text.replaceAll("[^%]*(%[sd])?[^%]*", "$1").split("(?=%)"));
  }
}
