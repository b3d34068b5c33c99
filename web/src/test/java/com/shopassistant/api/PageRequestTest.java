package com.shopassistant.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PageRequestTest {

  private static List<Map<String, String>> errorsOf(String page, String size) {
    try {
      PageRequest.parse(page, size, 20, 100);
    } catch (InvalidPageRequestException e) {
      return e.errors();
    }
    throw new AssertionError("page=" + page + " size=" + size + " was accepted");
  }

  @Test
  void absentParametersMeanTheFirstPageAtTheDefaultSize() {
    assertThat(PageRequest.parse(null, null, 20, 100)).isEqualTo(new PageRequest(1, 20));
    assertThat(PageRequest.parse("", " ", 20, 100)).isEqualTo(new PageRequest(1, 20));
  }

  @Test
  void validNumbersAreTaken() {
    assertThat(PageRequest.parse("3", "100", 20, 100)).isEqualTo(new PageRequest(3, 100));
    assertThat(PageRequest.parse(" 2 ", "1", 20, 100)).isEqualTo(new PageRequest(2, 1));
  }

  @Test
  void aSizeOverTheMaximumIsRefusedNotCut() {
    assertThat(errorsOf("1", "101"))
        .containsExactly(
            Map.of("field", "size", "message", "must be a whole number from 1 to 100"));
  }

  @Test
  void zeroNegativeAndNonNumbersAreRefusedFieldByField() {
    assertThat(errorsOf("0", "abc"))
        .containsExactly(
            Map.of("field", "page", "message", "must be a whole number of at least 1"),
            Map.of("field", "size", "message", "must be a whole number from 1 to 100"));
    assertThat(errorsOf("-1", "20")).extracting(e -> e.get("field")).containsExactly("page");
    assertThat(errorsOf("1.5", "20")).extracting(e -> e.get("field")).containsExactly("page");
    assertThat(errorsOf("99999999999", "20"))
        .extracting(e -> e.get("field"))
        .containsExactly("page");
  }

  @Test
  void theExceptionSaysHowManyParametersAreWrong() {
    assertThatThrownBy(() -> PageRequest.parse("x", "y", 20, 100))
        .isInstanceOf(InvalidPageRequestException.class)
        .hasMessageStartingWith("2 ");
  }
}
