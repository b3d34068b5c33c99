package com.shopassistant.assistant.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WordListsTest {

  @Test
  void listsKeepPhrasesWholeAcrossContinuationLines() {
    assertThat(WordLists.set("order.reason.not.needed")).contains("change of mind", "sudah tidak");
    assertThat(WordLists.set("intent.checkout")).contains("place order", "buat pesanan");
  }

  @Test
  void mapsReadWordAndMeaning() {
    assertThat(WordLists.map("to.english")).containsEntry("sepatu lari", "running shoes");
    assertThat(WordLists.map("colours"))
        .containsEntry("abu-abu", "grey")
        .containsEntry("gray", "grey");
    assertThat(WordLists.numbers("ordinals")).containsEntry("kedua", 2).containsEntry("last", -1);
  }

  @Test
  void aMissingListIsAnErrorNotAnEmptyList() {
    assertThatThrownBy(() -> WordLists.set("no.such.list"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no.such.list");
  }
}
