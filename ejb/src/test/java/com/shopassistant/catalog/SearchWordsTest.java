package com.shopassistant.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchWordsTest {

  @Test
  void wordsAreLowerCasedSplitAtWhiteSpaceAndKeptOnceInOrder() {
    assertThat(SearchWords.of("  Wireless\tHEADPHONES  wireless\nblack "))
        .containsExactly("wireless", "headphones", "black");
  }

  @Test
  void punctuationAroundAWordGoesButInsideItStays() {
    assertThat(SearchWords.of("\"headphones,\" (t-shirt) 50%off! ... ¿qué?"))
        .containsExactly("headphones", "t-shirt", "50%off", "qué");
  }

  @Test
  void blankOrPunctuationOnlyTextHasNoWords() {
    assertThat(SearchWords.of(null)).isEmpty();
    assertThat(SearchWords.of("   ")).isEmpty();
    assertThat(SearchWords.of(" -- ! ")).isEmpty();
  }

  @Test
  void likePatternsTakeWildcardsAndTheEscapeCharacterLiterally() {
    assertThat(SearchWords.containing("lamp")).isEqualTo("%lamp%");
    assertThat(SearchWords.containing("50%_off\\x")).isEqualTo("%50\\%\\_off\\\\x%");
    assertThat(SearchWords.startingWith("desk lamp")).isEqualTo("desk lamp%");
  }
}
