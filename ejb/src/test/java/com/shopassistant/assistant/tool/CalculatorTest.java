package com.shopassistant.assistant.tool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CalculatorTest {

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({
    "'2 + 3 * 4', 14",
    "'(2 + 3) * 4', 20",
    "'10 - 4 - 3', 3",
    "'100 / 4 / 5', 5",
    "'-3 + 5', 2",
    "'-(2 + 3) * -2', 10",
    "'0.1 + 0.2', 0.3",
    "'19.99 * 3', 59.97",
    "'(19.99 + 5.01) * 2 - 10 / 4', 47.5",
    "'.5 + 1.', 1.5",
    "'7', 7",
    "'  ( ( 1 ) )  ', 1",
    "'2 - 2', 0",
  })
  void evaluatesWithTheUsualPrecedence(String expression, String expected) throws Exception {
    assertThat(Calculator.evaluate(expression)).isEqualByComparingTo(expected);
  }

  @Test
  void aQuotientIsRoundedToTenDecimalsWithoutTrailingZeros() throws Exception {
    assertThat(Calculator.evaluate("10 / 3").toPlainString()).isEqualTo("3.3333333333");
    assertThat(Calculator.evaluate("1 / 8").toPlainString()).isEqualTo("0.125");
    assertThat(Calculator.evaluate("1000 * 1000").toPlainString()).isEqualTo("1000000");
  }

  @Test
  void divisionByZeroIsAnArgumentError() {
    assertThatThrownBy(() -> Calculator.evaluate("5 / (2 - 2)"))
        .isInstanceOf(ToolArgumentException.class)
        .hasMessage("expression divides by zero");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "   ",
        "2 +",
        "(2 + 3",
        "2 + 3)",
        "abc",
        "2 ^ 3",
        "1e5",
        "java.lang.System.exit(0)",
        "2 3",
        "1..2",
        "5 % 2"
      })
  void anythingButNumbersOperatorsAndParenthesesIsRefused(String expression) {
    assertThatThrownBy(() -> Calculator.evaluate(expression))
        .isInstanceOf(ToolArgumentException.class)
        .hasMessageStartingWith("expression ");
  }

  @Test
  void deepNestingIsRefusedRatherThanOverflowingTheStack() {
    String deep = "(".repeat(60) + "1" + ")".repeat(60);

    assertThatThrownBy(() -> Calculator.evaluate(deep))
        .isInstanceOf(ToolArgumentException.class)
        .hasMessage("expression nests too deeply");
  }

  @Test
  void aLongExpressionIsRefused() {
    assertThatThrownBy(() -> Calculator.evaluate("1+".repeat(150) + "1"))
        .isInstanceOf(ToolArgumentException.class)
        .hasMessageContaining("at most 200 characters");
  }

  @Test
  void theResultIsExactForMoney() throws Exception {
    BigDecimal total = Calculator.evaluate("3 * 33.33 + 0.01");

    assertThat(total.toPlainString()).isEqualTo("100");
  }
}
