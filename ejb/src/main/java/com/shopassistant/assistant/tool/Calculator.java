package com.shopassistant.assistant.tool;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Decimal arithmetic for the {@code calculate} tool, parsed by hand rather than handed to a script
 * engine, so the model's text can only ever be numbers, {@code + - * /} and parentheses. Exact
 * {@link BigDecimal} sums and products (0.1 + 0.2 is 0.3); a quotient keeps 34 significant digits;
 * the result at most {@value #RESULT_DECIMALS} decimals, without trailing zeros.
 *
 * <pre>
 * expression := term (("+" | "-") term)*
 * term       := factor (("*" | "/") factor)*
 * factor     := ("+" | "-") factor | number | "(" expression ")"
 * </pre>
 */
final class Calculator {

  static final int MAX_LENGTH = 200;
  static final int RESULT_DECIMALS = 10;
  private static final int MAX_DEPTH = 50;

  private final String text;
  private int position;
  private int depth;

  private Calculator(String text) {
    this.text = text;
  }

  /**
   * The value of {@code expression}.
   *
   * @throws ToolArgumentException naming what is wrong: an unexpected character, a missing
   *     parenthesis, a division by zero
   */
  static BigDecimal evaluate(String expression) throws ToolArgumentException {
    if (expression == null || expression.isBlank()) {
      throw invalid("is empty");
    }
    if (expression.length() > MAX_LENGTH) {
      throw invalid("must be at most " + MAX_LENGTH + " characters");
    }
    Calculator calculator = new Calculator(expression);
    BigDecimal value = calculator.expression();
    calculator.skipSpaces();
    if (calculator.position < expression.length()) {
      throw calculator.unexpected();
    }
    BigDecimal rounded =
        value.scale() > RESULT_DECIMALS
            ? value.setScale(RESULT_DECIMALS, RoundingMode.HALF_UP)
            : value;
    return rounded.signum() == 0 ? BigDecimal.ZERO : rounded.stripTrailingZeros();
  }

  private BigDecimal expression() throws ToolArgumentException {
    BigDecimal value = term();
    for (char op = peek(); op == '+' || op == '-'; op = peek()) {
      position++;
      BigDecimal right = term();
      value = op == '+' ? value.add(right) : value.subtract(right);
    }
    return value;
  }

  private BigDecimal term() throws ToolArgumentException {
    BigDecimal value = factor();
    for (char op = peek(); op == '*' || op == '/'; op = peek()) {
      position++;
      BigDecimal right = factor();
      if (op == '*') {
        value = value.multiply(right);
      } else if (right.signum() == 0) {
        throw invalid("divides by zero");
      } else {
        value = value.divide(right, MathContext.DECIMAL128);
      }
    }
    return value;
  }

  private BigDecimal factor() throws ToolArgumentException {
    if (++depth > MAX_DEPTH) {
      throw invalid("nests too deeply");
    }
    try {
      char next = peek();
      if (next == '+' || next == '-') {
        position++;
        BigDecimal value = factor();
        return next == '-' ? value.negate() : value;
      }
      if (next == '(') {
        position++;
        BigDecimal value = expression();
        if (peek() != ')') {
          throw invalid("misses a closing parenthesis");
        }
        position++;
        return value;
      }
      return number();
    } finally {
      depth--;
    }
  }

  private BigDecimal number() throws ToolArgumentException {
    skipSpaces();
    int start = position;
    boolean point = false;
    while (position < text.length()) {
      char c = text.charAt(position);
      if (c == '.' && !point) {
        point = true;
      } else if (c < '0' || c > '9') {
        break;
      }
      position++;
    }
    String digits = text.substring(start, position);
    if (digits.isEmpty() || digits.equals(".")) {
      position = start;
      throw unexpected();
    }
    return new BigDecimal(digits);
  }

  /** The next character that is not a space, without consuming it; 0 at the end. */
  private char peek() {
    skipSpaces();
    return position < text.length() ? text.charAt(position) : 0;
  }

  private void skipSpaces() {
    while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
      position++;
    }
  }

  private ToolArgumentException unexpected() {
    return position >= text.length()
        ? invalid("ends too early")
        : invalid(
            "has an unexpected '"
                + text.charAt(position)
                + "' at character "
                + (position + 1)
                + "; use digits, + - * / and parentheses");
  }

  private static ToolArgumentException invalid(String what) {
    return new ToolArgumentException("expression " + what);
  }
}
