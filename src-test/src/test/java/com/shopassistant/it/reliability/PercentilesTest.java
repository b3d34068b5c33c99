package com.shopassistant.it.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PercentilesTest {

  @Test
  void nearestRankOfOneToHundred() {
    double[] values = new double[100];
    for (int i = 0; i < 100; i++) {
      values[i] = 100 - i; // unsorted on purpose
    }
    Percentiles p = new Percentiles(values);

    assertThat(p.at(50)).isEqualTo(50);
    assertThat(p.at(95)).isEqualTo(95);
    assertThat(p.at(99)).isEqualTo(99);
    assertThat(p.at(100)).isEqualTo(100);
    assertThat(p.max()).isEqualTo(100);
  }

  @Test
  void aSmallSampleRoundsTheRankUp() {
    Percentiles p = new Percentiles(List.of(10.0, 30.0, 20.0));

    assertThat(p.at(50)).isEqualTo(20);
    assertThat(p.at(95)).isEqualTo(30);
    assertThat(p.at(1)).isEqualTo(10);
  }

  @Test
  void noValuesNoPercentile() {
    assertThat(new Percentiles(List.of()).at(95)).isNaN();
    assertThat(new Percentiles(List.of()).count()).isZero();
  }

  @Test
  void aPercentileOutsideTheRangeIsRefused() {
    assertThatThrownBy(() -> new Percentiles(1.0).at(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Percentiles(1.0).at(101))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
