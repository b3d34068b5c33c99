package com.shopassistant.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopassistant.assistant.Affirmation.Answer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AffirmationTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "yes",
        "Yes!",
        "yes please",
        "ok",
        "Okay, go ahead",
        "confirm",
        "Yes, place the order",
        "ya",
        "Iya kak",
        "lanjut",
        "setuju",
        "boleh",
        "ok lanjutkan"
      })
  void shortAffirmativeMessagesAreAYes(String message) {
    assertThat(Affirmation.of(message)).isEqualTo(Answer.YES);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "no",
        "No thanks",
        "don't",
        "cancel that",
        "wait",
        "yes but not now",
        "ya tapi nanti",
        "tidak",
        "jangan",
        "batal"
      })
  void negationsAreANo(String message) {
    assertThat(Affirmation.of(message)).isEqualTo(Answer.NO);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "   ",
        "find me headphones",
        "what is the total?",
        "yes I would like you to also add the red shoes in size 42 and then check out",
        "is it in stock"
      })
  void everythingElseIsNeither(String message) {
    assertThat(Affirmation.of(message)).isEqualTo(Answer.OTHER);
  }
}
