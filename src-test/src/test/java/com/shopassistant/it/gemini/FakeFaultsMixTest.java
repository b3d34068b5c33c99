package com.shopassistant.it.gemini;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The model-faults run's mix (reliability-model-faults.sh): 30 % of calls fail, in equal shares
 * 429, 500, 503 and no answer; the same seed draws the same faults.
 */
class FakeFaultsMixTest {

  private static final int DRAWS = 20_000;

  @Test
  void thirtyPercentFailEvenlyAcrossTheFourKinds() {
    Map<String, Integer> kinds = draw(FakeFaults.of(0.3, 10));

    assertThat(kinds.getOrDefault("ok", 0)).isBetween(13_600, 14_400); // 70 % ± 2 points
    for (String kind : new String[] {"429", "500", "503", "hang"}) {
      assertThat(kinds.get(kind)).as(kind).isBetween(1_300, 1_700); // 7.5 % each ± 1 point
    }
    assertThat(kinds).containsOnlyKeys("ok", "429", "500", "503", "hang");
  }

  @Test
  void theSameSeedDrawsTheSameFaults() {
    assertThat(draw(FakeFaults.of(0.3, 7))).isEqualTo(draw(FakeFaults.of(0.3, 7)));
  }

  @Test
  void noRateNoFaults() {
    assertThat(draw(FakeFaults.NONE)).containsOnlyKeys("ok");
  }

  private static Map<String, Integer> draw(FakeFaults faults) {
    Map<String, Integer> kinds = new HashMap<>();
    for (int i = 0; i < DRAWS; i++) {
      FakeReply fault = faults.draw();
      String kind =
          fault == null ? "ok" : fault.hangs() ? "hang" : Integer.toString(fault.status());
      kinds.merge(kind, 1, Integer::sum);
    }
    return kinds;
  }
}
