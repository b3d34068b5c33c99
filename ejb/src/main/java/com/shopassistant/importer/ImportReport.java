package com.shopassistant.importer;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What one import did: per kind of row, how many were created, updated and left unchanged, plus
 * notes on rows the file describes differently from the store where the store's copy was kept (see
 * {@code docs/import-format.md}, "Idempotency").
 *
 * @param counts one entry per {@link ImportedKind}
 * @param notes human-readable, without data beyond business keys
 */
public record ImportReport(Map<ImportedKind, ImportCounts> counts, List<String> notes) {

  public ImportReport {
    EnumMap<ImportedKind, ImportCounts> all = new EnumMap<>(ImportedKind.class);
    for (ImportedKind kind : ImportedKind.values()) {
      all.put(kind, counts.getOrDefault(kind, ImportCounts.NONE));
    }
    counts = Collections.unmodifiableMap(all);
    notes = List.copyOf(notes);
  }

  public ImportCounts of(ImportedKind kind) {
    return counts.get(kind);
  }

  /** Rows created over all kinds; zero means the import added nothing. */
  public int totalCreated() {
    return counts.values().stream().mapToInt(ImportCounts::created).sum();
  }

  /** Rows updated over all kinds; zero with {@link #totalCreated} zero means nothing changed. */
  public int totalUpdated() {
    return counts.values().stream().mapToInt(ImportCounts::updated).sum();
  }

  /**
   * One line for the log: {@code categories 11/0/0, products 50/0/0, ...} as
   * created/updated/unchanged, then the notes.
   */
  public String summary() {
    String line =
        counts.entrySet().stream()
            .map(e -> e.getKey().label() + " " + format(e.getValue()))
            .collect(Collectors.joining(", ", "created/updated/unchanged: ", ""));
    return notes.isEmpty() ? line : line + "; " + String.join("; ", notes);
  }

  private static String format(ImportCounts c) {
    return c.created() + "/" + c.updated() + "/" + c.unchanged();
  }
}
