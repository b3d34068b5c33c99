package com.shopassistant.importer;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The running counts of one import; {@link #report()} freezes them. Not thread-safe. */
final class ImportTally {

  /** Keys named per kind of note; the rest are counted, so a report stays one readable line. */
  static final int KEYS_NAMED = 5;

  private final Map<ImportedKind, ImportCounts> counts = new EnumMap<>(ImportedKind.class);
  private final Map<String, List<String>> keptKeysByReason = new LinkedHashMap<>();

  void count(ImportedKind kind, RowOutcome outcome) {
    counts.merge(kind, ImportCounts.NONE.plus(outcome), (a, b) -> a.plus(outcome));
  }

  /**
   * Records that the file describes a row differently from the store but the store's copy was kept,
   * for example an order changed by order care since it was imported.
   *
   * @param why the kind of difference and why it was kept, such as {@code (order history)}
   */
  void kept(ImportedKind kind, String key, String why) {
    String note = kind.label() + " kept as stored although the file differs " + why;
    keptKeysByReason.computeIfAbsent(note, r -> new ArrayList<>()).add(key);
  }

  ImportReport report() {
    List<String> notes = new ArrayList<>();
    keptKeysByReason.forEach(
        (note, keys) -> {
          String named = String.join(", ", keys.subList(0, Math.min(KEYS_NAMED, keys.size())));
          int more = keys.size() - KEYS_NAMED;
          String rest = more > 0 ? " and " + more + " more" : "";
          notes.add(note + ": " + keys.size() + " (" + named + rest + ")");
        });
    return new ImportReport(counts, notes);
  }
}
