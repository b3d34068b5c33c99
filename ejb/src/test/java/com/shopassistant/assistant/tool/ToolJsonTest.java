package com.shopassistant.assistant.tool;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ToolJsonTest {

  @Test
  void writesMapsInInsertionOrderWithoutSpaces() {
    Map<String, Object> value = new LinkedHashMap<>();
    value.put("b", 1);
    value.put("a", List.of(true, false));
    value.put("c", null);

    assertThat(ToolJson.write(value)).isEqualTo("{\"b\":1,\"a\":[true,false],\"c\":null}");
  }

  @Test
  void escapesQuotesBackslashesAndControlCharacters() {
    assertThat(ToolJson.write("say \"hi\"\\\n\t\u0001"))
        .isEqualTo("\"say \\\"hi\\\"\\\\\\n\\t\\u0001\"");
  }

  @Test
  void writesNumbersPlainly() {
    assertThat(ToolJson.write(Arrays.asList(new BigDecimal("1E+3"), 3.0, 2.5f, 7L)))
        .isEqualTo("[1000,3,2.5,7]");
  }

  @Test
  void keepsCharactersBeyondAsciiAsTheyAre() {
    assertThat(ToolJson.write("Kopi ☕ – é")).isEqualTo("\"Kopi ☕ – é\"");
  }
}
