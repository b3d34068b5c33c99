package com.shopassistant.importer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the small data tables shipped beside this package's classes (the standard categories, the
 * demo catalog): records of fields separated by {@code |}, a line starting with a blank continuing
 * the record above, {@code #} starting a comment line. Data lives there rather than in code so a
 * long list stays readable and a class stays short.
 */
final class DataTable {

  private DataTable() {}

  /**
   * The records of a table, each with exactly {@code columns} trimmed fields.
   *
   * @throws IllegalStateException when the resource is missing or a record is malformed: the tables
   *     ship with the code, so that is a bug, not bad input
   */
  static List<List<String>> read(String resource, int columns) {
    List<String> records = joinedRecords(resource);
    List<List<String>> rows = new ArrayList<>();
    for (String record : records) {
      List<String> fields = Arrays.stream(record.split("\\|", -1)).map(String::strip).toList();
      if (fields.size() != columns) {
        throw new IllegalStateException(
            resource + ": expected " + columns + " fields, found " + fields.size() + ": " + record);
      }
      rows.add(fields);
    }
    return rows;
  }

  /** Splits a field such as {@code "a, b, c"} into its trimmed, non-empty parts. */
  static List<String> list(String field, String separator) {
    return Arrays.stream(field.split(separator))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }

  private static List<String> joinedRecords(String resource) {
    try (InputStream in = DataTable.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      List<String> records = new ArrayList<>();
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (Character.isWhitespace(line.charAt(0)) && !records.isEmpty()) {
          int last = records.size() - 1;
          records.set(last, records.get(last) + " " + line.strip());
        } else {
          records.add(line.strip());
        }
      }
      return records;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + resource, e);
    }
  }
}
