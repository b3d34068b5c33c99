package com.shopassistant.assistant.tool;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopassistant.order.OrderStatus;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ToolResultCompressorTest {

  @Test
  void aListIsCutToTenAndSaysHowManyMoreThereAre() {
    List<Integer> thirteen = IntStream.rangeClosed(1, 13).boxed().toList();
    Map<String, Object> data = new LinkedHashMap<>();

    ToolResultCompressor.putList(data, "products", thirteen, ToolResultCompressor.MAX_LIST);

    assertThat(Tools.list(data.get("products"))).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    assertThat(data).containsEntry("more_products", 3);
  }

  @Test
  void aListOfTenHasNoMoreCount() {
    Map<String, Object> data =
        Fields.of().list("lines", List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10)).map();

    assertThat(data).containsOnlyKeys("lines");
  }

  @Test
  void nullEmptyAndBlankFieldsAreLeftOutAtAnyDepth() {
    Map<String, Object> inner = new HashMap<>();
    inner.put("gone", null);
    inner.put("blank", "  ");
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("keep", "x");
    data.put("nothing", null);
    data.put("none", List.of());
    data.put("empty", inner);
    data.put("flag", false);
    data.put("zero", 0);

    assertThat(ToolResultCompressor.compress(data))
        .containsExactly(Map.entry("keep", "x"), Map.entry("flag", false), Map.entry("zero", 0));
  }

  @Test
  void valuesBecomePlainJsonTypes() {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("price", new BigDecimal("12.50"));
    data.put("status", OrderStatus.PENDING);
    data.put("at", OffsetDateTime.of(2026, 11, 27, 17, 15, 30, 123_000, ZoneOffset.ofHours(7)));
    data.put("count", 3L);

    assertThat(ToolResultCompressor.compress(data))
        .containsExactly(
            Map.entry("price", "12.50"),
            Map.entry("status", "PENDING"),
            Map.entry("at", "2026-11-27T10:15:30Z"),
            Map.entry("count", 3L));
  }

  @Test
  void moneyIsAPlainTwoDecimalString() {
    assertThat(ToolResultCompressor.money(new BigDecimal("1E+2"))).isEqualTo("100.00");
    assertThat(ToolResultCompressor.money(new BigDecimal("7.5"))).isEqualTo("7.50");
    assertThat(ToolResultCompressor.money(null)).isNull();
  }

  @Test
  void longTextIsCutAtAWordWithAnEllipsis() {
    String description = "word ".repeat(100);

    String cut = ToolResultCompressor.shorten(description, 300);

    assertThat(cut).hasSizeLessThanOrEqualTo(300).endsWith("word…");
    assertThat(ToolResultCompressor.shorten("short", 300)).isEqualTo("short");
  }

  @Test
  void theCompressPassCutsAnyTextToTheLimit() {
    Map<String, Object> data = Map.of("detail", "x".repeat(1000));

    assertThat((String) ToolResultCompressor.compress(data).get("detail"))
        .hasSize(ToolResultCompressor.MAX_TEXT);
  }

  @Test
  void optionsReadAsOneShortText() {
    assertThat(ToolResultCompressor.options(new TreeMap<>(Map.of("size", "M", "color", "blue"))))
        .isEqualTo("color: blue, size: M");
    assertThat(ToolResultCompressor.options(Map.of())).isNull();
  }

  @Test
  void flagsAreWrittenOnlyWhenTrue() {
    assertThat(Fields.of().flag("default", false).map()).isEmpty();
    assertThat(Fields.of().flag("default", true).map()).containsEntry("default", true);
  }

  @Test
  void nestedListsKeepTheirOrderAndDropNullEntries() {
    List<Object> entries = new ArrayList<>();
    entries.add(Map.of("a", 1));
    entries.add(null);
    entries.add(Map.of());

    assertThat(ToolResultCompressor.compress(Map.of("list", entries)))
        .isEqualTo(Map.of("list", List.of(Map.of("a", 1))));
  }
}
