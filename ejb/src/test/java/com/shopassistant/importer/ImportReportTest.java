package com.shopassistant.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ImportReportTest {

  @Test
  void countsEveryKindAndSummarisesOnOneLine() {
    ImportTally tally = new ImportTally();
    tally.count(ImportedKind.PRODUCTS, RowOutcome.CREATED);
    tally.count(ImportedKind.PRODUCTS, RowOutcome.CREATED);
    tally.count(ImportedKind.PRODUCTS, RowOutcome.UPDATED);
    tally.count(ImportedKind.PAYMENT_METHODS, RowOutcome.UNCHANGED);

    ImportReport report = tally.report();

    assertThat(report.of(ImportedKind.PRODUCTS)).isEqualTo(new ImportCounts(2, 1, 0));
    assertThat(report.of(ImportedKind.ORDERS)).isEqualTo(ImportCounts.NONE);
    assertThat(report.counts()).hasSize(ImportedKind.values().length);
    assertThat(report.totalCreated()).isEqualTo(2);
    assertThat(report.totalUpdated()).isEqualTo(1);
    assertThat(report.summary())
        .isEqualTo(
            "created/updated/unchanged: categories 0/0/0, products 2/1/0, variants 0/0/0,"
                + " customers 0/0/0, addresses 0/0/0, paymentMethods 0/0/1, vouchers 0/0/0,"
                + " orders 0/0/0")
        .doesNotContain("\n");
  }

  @Test
  void namesTheFirstKeptRowsAndCountsTheRest() {
    ImportTally tally = new ImportTally();
    for (int i = 1; i <= 7; i++) {
      tally.kept(ImportedKind.ORDERS, "#W" + i, "(order history is not rewritten)");
    }

    assertThat(tally.report().notes())
        .containsExactly(
            "orders kept as stored although the file differs (order history is not rewritten):"
                + " 7 (#W1, #W2, #W3, #W4, #W5 and 2 more)");
  }
}
