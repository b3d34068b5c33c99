package com.shopassistant.importer;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON answer of an import: totals first, then per kind (keyed {@code categories}, {@code
 * paymentMethods}...) how many rows were created, updated and left unchanged.
 *
 * @param created rows created over all kinds
 * @param updated rows updated over all kinds
 * @param counts per kind of row
 * @param notes rows the store kept in its own version, by business key
 */
@JsonbPropertyOrder({"created", "updated", "counts", "notes"})
public record ImportReportView(
    int created, int updated, Map<String, ImportCounts> counts, List<String> notes) {

  static ImportReportView of(ImportReport report) {
    Map<String, ImportCounts> byLabel = new LinkedHashMap<>();
    report.counts().forEach((kind, counts) -> byLabel.put(kind.label(), counts));
    return new ImportReportView(
        report.totalCreated(), report.totalUpdated(), byLabel, report.notes());
  }
}
