package com.shopassistant.it.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reliability runs' pass rules, on made-up calls and samples. */
class LoadRulesTest {

  private static final String DB_DOWN = "urn:shop-assistant:problem:database-unavailable";

  @Test
  void anErrorRateUnderOnePercentPasses() {
    List<Call> calls = apiCalls(1000, 100);
    calls.set(0, failed(503, null));

    assertThat(LoadRules.errorRate("error rate", calls, c -> false).passed()).isTrue();
  }

  @Test
  void anErrorRateOfOnePercentFails() {
    List<Call> calls = apiCalls(100, 100);
    calls.set(0, failed(500, "urn:shop-assistant:problem:internal-error"));

    assertThat(LoadRules.errorRate("error rate", calls, c -> false).passed()).isFalse();
  }

  @Test
  void excusedFailuresDoNotCount() {
    List<Call> calls = apiCalls(10, 100);
    calls.set(0, failed(503, DB_DOWN));

    assertThat(LoadRules.errorRate("e", calls, Call::databaseUnavailable).passed()).isTrue();
  }

  @Test
  void onlyA503DatabaseUnavailableWithRetryAfterIsTheOutageAnswer() {
    assertThat(failed(503, DB_DOWN).databaseUnavailable()).isTrue();
    assertThat(failed(500, DB_DOWN).databaseUnavailable()).isFalse();
    assertThat(failed(503, "urn:shop-assistant:problem:busy").databaseUnavailable()).isFalse();
    assertThat(
            new Call(0, 1, false, "GET /cart", 503, DB_DOWN, false, false, "")
                .databaseUnavailable())
        .isFalse();
  }

  @Test
  void theApiP95MustBeUnder500MillisecondsAndChatTurnsDoNotCount() {
    List<Call> calls = apiCalls(100, 100);
    calls.add(new Call(0, 60_000, true, "POST /chat", 200, null, false, true, "flash"));
    assertThat(LoadRules.apiP95(calls).passed()).isTrue();

    for (int i = 0; i < 6; i++) {
      calls.set(i, new Call(0, 900, false, "GET /cart", 200, null, false, false, ""));
    }
    assertThat(LoadRules.apiP95(calls).passed()).isFalse();
  }

  @Test
  void everyChatTurnMustBeAnswered() {
    List<Call> calls = new ArrayList<>(List.of(chat(200, true), chat(200, true)));
    assertThat(LoadRules.everyChatAnswered(calls).passed()).isTrue();

    calls.add(chat(200, false)); // 200 but an empty reply
    assertThat(LoadRules.everyChatAnswered(calls).passed()).isFalse();
  }

  @Test
  void aSeriesThatKeepsGrowingIsALeak() {
    double[] growing = {100, 110, 120, 130, 140, 150, 160, 170, 180};

    assertThat(LoadRules.notGrowing("heap", growing, 1.1, 5, Double.POSITIVE_INFINITY, "").passed())
        .isFalse();
  }

  @Test
  void aSeriesThatGoesUpAndDownIsBounded() {
    double[] steady = {100, 140, 110, 130, 105, 138, 112, 136, 120};

    assertThat(LoadRules.notGrowing("heap", steady, 1.1, 5, Double.POSITIVE_INFINITY, "").passed())
        .isTrue();
  }

  @Test
  void aSeriesOverItsCeilingFails() {
    double[] pool = {15, 16, 15, 15, 16, 15};

    assertThat(LoadRules.notGrowing("pool", pool, 1.5, 2, 15, "").passed()).isFalse();
  }

  @Test
  void tooFewSamplesCannotPass() {
    assertThat(LoadRules.notGrowing("heap", new double[] {1, 2}, 2, 2, 10, "").passed()).isFalse();
  }

  @Test
  void theHeapFloorIsTheLeastHeapOfEachWindow() {
    List<Sample> samples = new ArrayList<>();
    double[] heap = {300, 120, 280, 310, 130, 250};
    for (int i = 0; i < heap.length; i++) {
      samples.add(sample(i * 1000, heap[i], 0, 0));
    }

    assertThat(LoadRules.floors(samples, 3)).containsExactly(120, 280, 130);
    assertThat(LoadRules.peaks(samples, 2, Sample::heapUsedBytes)).containsExactly(300, 310);
  }

  @Test
  void theCircuitMustOpenAndLaterClose() {
    List<Sample> openedAndClosed =
        List.of(sample(0, 1, 0, 10), sample(1, 1, 5, 10), sample(2, 1, 9, 10), sample(3, 1, 9, 20));
    List<Sample> stillOpen = List.of(sample(0, 1, 0, 10), sample(1, 1, 5, 10), sample(2, 1, 9, 10));
    List<Sample> neverOpened = List.of(sample(0, 1, 0, 10), sample(1, 1, 0, 20));

    assertThat(LoadRules.circuitClosedAgain(openedAndClosed).passed()).isTrue();
    assertThat(LoadRules.circuitClosedAgain(stillOpen).passed()).isFalse();
    assertThat(LoadRules.circuitClosedAgain(neverOpened).passed()).isFalse();
  }

  @Test
  void aTurnOverTheBudgetFails() {
    List<Call> calls = new ArrayList<>(List.of(chat(200, true)));
    assertThat(LoadRules.withinBudget(calls, 10_000).passed()).isTrue();

    calls.add(new Call(0, 10_001, true, "POST /chat", 200, null, false, true, "flash"));
    assertThat(LoadRules.withinBudget(calls, 10_000).passed()).isFalse();
  }

  private static List<Call> apiCalls(int count, double millis) {
    List<Call> calls = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      calls.add(new Call(i, millis, false, "GET /products", 200, null, false, false, ""));
    }
    return calls;
  }

  private static Call failed(int status, String type) {
    return new Call(0, 5, false, "GET /cart", status, type, true, false, "");
  }

  private static Call chat(int status, boolean answered) {
    return new Call(0, 2000, true, "POST /chat", status, null, false, answered, "flash");
  }

  private static Sample sample(long at, double heap, double openNanos, double closedNanos) {
    return new Sample(at, heap, 0, 0, 50, 0, openNanos > 0 ? 1 : 0, openNanos, closedNanos, 0);
  }
}
