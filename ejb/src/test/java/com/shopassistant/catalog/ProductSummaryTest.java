package com.shopassistant.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProductSummaryTest {

  @Test
  void aShortDescriptionIsKeptWhole() {
    assertThat(ProductSummary.shorten("  A bright lamp.  ")).isEqualTo("A bright lamp.");
    assertThat(ProductSummary.shorten(null)).isNull();
    String exactly160 = "x".repeat(160);
    assertThat(ProductSummary.shorten(exactly160)).isEqualTo(exactly160);
  }

  @Test
  void aLongDescriptionIsCutAtAWordWithAnEllipsis() {
    String text = "word ".repeat(40); // 200 characters

    String shortened = ProductSummary.shorten(text);

    assertThat(shortened).endsWith("word…").hasSizeLessThanOrEqualTo(161);
    assertThat(shortened.substring(0, shortened.length() - 1)).isEqualTo(text.substring(0, 159));
  }

  @Test
  void aLongWordIsCutWhereItMustBe() {
    String text = "short " + "y".repeat(300);

    assertThat(ProductSummary.shorten(text)).hasSize(161).startsWith("short yyy").endsWith("y…");
  }
}
