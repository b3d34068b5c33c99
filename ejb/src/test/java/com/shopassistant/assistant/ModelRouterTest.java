package com.shopassistant.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ModelRouterTest {

  private final ModelRouter router =
      new ModelRouter(
          "gemini-2.5-flash",
          "gemini-2.5-pro",
          List.of("compare", "pros and cons", "bandingkan", "analyze"),
          10);

  @Test
  void plainRequestsGoToFlash() {
    RoutingDecision decision = router.choose("find wireless headphones under 500k", 1);

    assertThat(decision.model()).isEqualTo("gemini-2.5-flash");
    assertThat(decision.reason()).isEqualTo("default");
    assertThat(decision.pro()).isFalse();
  }

  @Test
  void triggerWordsGoToProWhateverTheirCase() {
    assertThat(router.choose("Compare the Sony and the Bose", 2).model())
        .isEqualTo("gemini-2.5-pro");
    assertThat(router.choose("What are the PROS AND CONS of this one?", 2).reason())
        .isEqualTo("trigger:pros and cons");
    assertThat(router.choose("tolong bandingkan dua sepatu ini", 1).model())
        .isEqualTo("gemini-2.5-pro");
  }

  @Test
  void choosingAmongMoreThanTwoProductsGoesToPro() {
    assertThat(router.choose("Which is better: the X1, the X2 or the X3?", 1).reason())
        .isEqualTo("compare-many");
    assertThat(router.choose("Which is better, the X1 or the X2?", 1).model())
        .isEqualTo("gemini-2.5-flash");
  }

  @Test
  void longConversationsGoToProAfterTheConfiguredTurns() {
    assertThat(router.choose("show my cart", 10).model()).isEqualTo("gemini-2.5-flash");
    assertThat(router.choose("show my cart", 11).reason()).isEqualTo("long-conversation");
  }

  @Test
  void zeroTurnsTurnsTheLengthRuleOff() {
    ModelRouter noLengthRule = new ModelRouter("f", "p", List.of("compare"), 0);

    assertThat(noLengthRule.choose("show my cart", 500).model()).isEqualTo("f");
  }
}
