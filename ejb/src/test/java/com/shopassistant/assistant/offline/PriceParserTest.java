package com.shopassistant.assistant.offline;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PriceParserTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
          headphones under 500k                 | -       | 500000  | headphones
          sepatu di bawah 500 ribu              | -       | 500000  | sepatu
          tas dibawah 500rb                     | -       | 500000  | tas
          laptop maks 1.5jt                     | -       | 1500000 | laptop
          laptop max 1,5 juta                   | -       | 1500000 | laptop
          anything below $50                    | -       | 50      | anything
          between 100 and 300                   | 100     | 300     | ''
          antara 100rb dan 300rb                | 100000  | 300000  | ''
          from 300 to 100                       | 100     | 300     | ''
          100-300k                              | 100000  | 300000  | ''
          over $49.99                           | 49.99   | -       | ''
          di atas 1.500.000                     | 1500000 | -       | ''
          more than 1,500                       | 1500    | -       | ''
          budget 2jt                            | -       | 2000000 | ''
          jaket 250rb                           | -       | 250000  | jaket
          add 2 of the blue one                 | -       | -       | add 2 of the blue one
          details of dp0003                     | -       | -       | details of dp0003
          """)
  void findsTheRangeAndLeavesTheRest(String text, BigDecimal min, BigDecimal max, String rest) {
    PriceParser.Result result = PriceParser.parse(text);

    assertAmount(result.min(), min);
    assertAmount(result.max(), max);
    assertThat(result.rest()).isEqualTo(rest);
  }

  private static void assertAmount(BigDecimal actual, BigDecimal expected) {
    if (expected == null) {
      assertThat(actual).isNull();
    } else {
      assertThat(actual).isEqualByComparingTo(expected);
    }
  }
}
