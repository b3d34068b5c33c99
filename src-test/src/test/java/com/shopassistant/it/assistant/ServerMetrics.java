package com.shopassistant.it.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopassistant.it.support.HttpClients;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One reading of Liberty's {@code /metrics} (Prometheus text, every scope; the server serves it
 * without authentication). Tests take a reading before and after and compare: the counters belong
 * to the deployment, which other test methods of the class share.
 */
public final class ServerMetrics {

  private static final Pattern SAMPLE =
      Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{(.*)\\})?\\s+(\\S+)");
  private static final Pattern LABEL =
      Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

  private final String text;

  private ServerMetrics(String text) {
    this.text = text;
  }

  public static ServerMetrics read(URL deployment) throws Exception {
    HttpResponse<String> answer = HttpClients.get(new URL(deployment, "/metrics").toString());
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return new ServerMetrics(answer.body());
  }

  /**
   * The sum of the samples named {@code name} whose labels include {@code labels} (name, value,
   * name, value...); 0 when there is none.
   */
  public double sum(String name, String... labels) {
    Map<String, String> wanted = new HashMap<>();
    for (int i = 0; i + 1 < labels.length; i += 2) {
      wanted.put(labels[i], labels[i + 1]);
    }
    double sum = 0;
    for (String line : text.split("\n")) {
      Matcher sample = SAMPLE.matcher(line);
      if (line.startsWith("#") || !sample.find() || !sample.group(1).equals(name)) {
        continue;
      }
      if (labelsOf(sample.group(3)).entrySet().containsAll(wanted.entrySet())) {
        sum += Double.parseDouble(sample.group(4));
      }
    }
    return sum;
  }

  /** How much {@code name} with {@code labels} grew since {@code before}. */
  public double since(ServerMetrics before, String name, String... labels) {
    return sum(name, labels) - before.sum(name, labels);
  }

  private static Map<String, String> labelsOf(String labels) {
    Map<String, String> found = new HashMap<>();
    if (labels != null) {
      Matcher label = LABEL.matcher(labels);
      while (label.find()) {
        found.put(label.group(1), label.group(2));
      }
    }
    return found;
  }

  @Override
  public String toString() {
    return text;
  }
}
