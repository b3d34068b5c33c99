package com.shopassistant.it.reliability;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines of a Prometheus text exposition ({@code /metrics}), queried by metric name and label
 * values: enough to read a sample without a client library.
 */
public final class PrometheusText {

  private record Line(String name, String labels, double value) {}

  private final List<Line> lines = new ArrayList<>();

  public PrometheusText(String text) {
    for (String raw : text.split("\n")) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int space = line.lastIndexOf(' ');
      if (space < 0) {
        continue;
      }
      String series = line.substring(0, space);
      int brace = series.indexOf('{');
      String name = brace < 0 ? series : series.substring(0, brace);
      String labels = brace < 0 ? "" : series.substring(brace);
      try {
        lines.add(new Line(name, labels, Double.parseDouble(line.substring(space + 1))));
      } catch (NumberFormatException e) {
        // not a sample line
      }
    }
  }

  /**
   * The sum of the series named {@code name} whose labels contain every one of {@code labels} (each
   * written as {@code key="value"}); NaN when none matches.
   */
  public double sum(String name, String... labels) {
    double sum = 0;
    boolean found = false;
    for (Line line : lines) {
      if (line.name().equals(name) && hasAll(line.labels(), labels)) {
        sum += line.value();
        found = true;
      }
    }
    return found ? sum : Double.NaN;
  }

  /** Like {@link #sum} but the largest value of the matching series. */
  public double max(String name, String... labels) {
    double max = Double.NaN;
    for (Line line : lines) {
      if (line.name().equals(name) && hasAll(line.labels(), labels)) {
        max = Double.isNaN(max) ? line.value() : Math.max(max, line.value());
      }
    }
    return max;
  }

  private static boolean hasAll(String series, String[] labels) {
    for (String label : labels) {
      if (!series.contains(label)) {
        return false;
      }
    }
    return true;
  }
}
