package com.shopassistant.it.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

/**
 * The pass rules of the reliability runs (docs/reliability.md), each a {@link Check} of measured
 * numbers against a limit. Pure functions of the calls and samples, so they are unit-tested.
 */
public final class LoadRules {

  /** One rule's outcome. */
  public record Check(String name, String measured, String limit, boolean passed) {}

  /** Error rate at most this share of all requests. */
  static final double MAX_ERROR_RATE = 0.01;

  /** Non-chat API p95 below this. */
  static final double MAX_API_P95_MILLIS = 500;

  private LoadRules() {}

  /** Requests that failed, except the {@code excused} ones, are under 1 % of all. */
  public static Check errorRate(String name, List<Call> calls, Predicate<Call> excused) {
    long failed = calls.stream().filter(c -> c.failed() && !excused.test(c)).count();
    double rate = calls.isEmpty() ? 1 : failed / (double) calls.size();
    return new Check(
        name,
        String.format(Locale.ROOT, "%.3f %% (%d of %d)", rate * 100, failed, calls.size()),
        "< 1 %",
        !calls.isEmpty() && rate < MAX_ERROR_RATE);
  }

  /** The non-chat calls' p95 is below 500 ms. */
  public static Check apiP95(List<Call> calls) {
    Percentiles api = millis(calls, c -> !c.chat());
    double p95 = api.at(95);
    return new Check(
        "non-chat API p95",
        String.format(Locale.ROOT, "%.0f ms (%d calls)", p95, api.count()),
        "< 500 ms",
        api.count() > 0 && p95 < MAX_API_P95_MILLIS);
  }

  /** Every chat turn got an answer: 200 with a reply (from Gemini or the offline assistant). */
  public static Check everyChatAnswered(List<Call> calls) {
    long chats = calls.stream().filter(Call::chat).count();
    long answered = calls.stream().filter(c -> c.chat() && c.answered()).count();
    return new Check(
        "chat turns answered", answered + " of " + chats, "100 %", chats > 0 && answered == chats);
  }

  /**
   * A series that must not grow: the largest value of its last third is at most the largest of its
   * first third times {@code ratio} plus {@code margin}, and never above {@code ceiling}.
   */
  public static Check notGrowing(
      String name, double[] series, double ratio, double margin, double ceiling, String unit) {
    if (series.length < 3) {
      return new Check(name, series.length + " samples", "at least 3 samples", false);
    }
    int third = series.length / 3;
    double first = max(series, 0, third);
    double last = max(series, series.length - third, series.length);
    double overall = max(series, 0, series.length);
    double limit = first * ratio + margin;
    return new Check(
        name,
        String.format(
            Locale.ROOT,
            "first third max %s, last third max %s, overall max %s",
            fmt(first, unit),
            fmt(last, unit),
            fmt(overall, unit)),
        String.format(
            Locale.ROOT,
            "last ≤ first × %.2f + %s%s",
            ratio,
            fmt(margin, unit),
            Double.isInfinite(ceiling) ? "" : ", max ≤ " + fmt(ceiling, unit)),
        last <= limit && overall <= ceiling);
  }

  /**
   * The heap's floor over time: the least heap in use within each of {@code windows} equal slices
   * of the samples, which is about what a collection leaves (the live set plus old garbage).
   */
  public static double[] floors(List<Sample> samples, int windows) {
    return perWindow(samples, windows, Sample::heapUsedBytes, true);
  }

  /** The largest value of {@code value} within each of {@code windows} slices of the samples. */
  public static double[] peaks(List<Sample> samples, int windows, ToDoubleFunction<Sample> value) {
    return perWindow(samples, windows, value, false);
  }

  private static double[] perWindow(
      List<Sample> samples, int windows, ToDoubleFunction<Sample> value, boolean least) {
    List<Double> out = new ArrayList<>();
    int n = samples.size();
    int slices = Math.min(windows, n);
    for (int w = 0; w < slices; w++) {
      int from = w * n / slices;
      int to = (w + 1) * n / slices;
      double pick = least ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
      for (int i = from; i < to; i++) {
        double v = value.applyAsDouble(samples.get(i));
        if (!Double.isNaN(v)) {
          pick = least ? Math.min(pick, v) : Math.max(pick, v);
        }
      }
      if (!Double.isInfinite(pick)) {
        out.add(pick);
      }
    }
    return out.stream().mapToDouble(Double::doubleValue).toArray();
  }

  /** The circuit breaker opened at least once during the run. */
  public static Check circuitOpened(List<Sample> samples) {
    double opened = delta(samples, Sample::circuitOpened);
    return new Check(
        "circuit breaker opened",
        String.format(Locale.ROOT, "%.0f times", opened),
        "≥ 1",
        opened >= 1);
  }

  /**
   * After it first opened, the circuit was closed again: a later sample whose closed time grew
   * after the open time had grown.
   */
  public static Check circuitClosedAgain(List<Sample> samples) {
    int openedAt = -1;
    for (int i = 1; i < samples.size(); i++) {
      if (samples.get(i).circuitOpenNanos() > samples.get(i - 1).circuitOpenNanos()) {
        openedAt = i;
        break;
      }
    }
    boolean closed = false;
    for (int i = Math.max(1, openedAt + 1); openedAt > 0 && i < samples.size(); i++) {
      closed |= samples.get(i).circuitClosedNanos() > samples.get(i - 1).circuitClosedNanos();
    }
    return new Check(
        "circuit breaker closed again",
        openedAt < 0 ? "never opened" : closed ? "closed after opening" : "still open",
        "closed time grows after an open period",
        closed);
  }

  /** No chat turn took longer than the budget the Fault Tolerance settings allow. */
  public static Check withinBudget(List<Call> calls, double budgetMillis) {
    Percentiles chat = millis(calls, Call::chat);
    return new Check(
        "longest chat turn",
        String.format(Locale.ROOT, "%.1f s (p99 %.1f s)", chat.max() / 1000, chat.at(99) / 1000),
        String.format(Locale.ROOT, "≤ %.0f s (timeout budget)", budgetMillis / 1000),
        chat.count() > 0 && chat.max() <= budgetMillis);
  }

  /** No single Gemini call outlived one attempt's timeout (plus slack for a busy machine). */
  public static Check modelCallBounded(List<Sample> samples, double attemptMillis) {
    double longest = samples.stream().mapToDouble(Sample::geminiCallMaxSeconds).max().orElse(0);
    double limit = attemptMillis / 1000 + 5;
    return new Check(
        "longest Gemini call (gemini_call_seconds_max)",
        String.format(Locale.ROOT, "%.1f s", longest),
        String.format(Locale.ROOT, "≤ %.0f s (attempt timeout + 5 s)", limit),
        longest <= limit);
  }

  static Percentiles millis(List<Call> calls, Predicate<Call> which) {
    return new Percentiles(calls.stream().filter(which).map(Call::millis).toList());
  }

  static double delta(List<Sample> samples, ToDoubleFunction<Sample> value) {
    if (samples.size() < 2) {
      return 0;
    }
    return value.applyAsDouble(samples.get(samples.size() - 1))
        - value.applyAsDouble(samples.get(0));
  }

  private static double max(double[] values, int from, int to) {
    double max = Double.NEGATIVE_INFINITY;
    for (int i = from; i < to; i++) {
      max = Math.max(max, values[i]);
    }
    return max;
  }

  private static String fmt(double value, String unit) {
    return "MiB".equals(unit)
        ? String.format(Locale.ROOT, "%.0f MiB", value / (1024 * 1024))
        : String.format(Locale.ROOT, "%.0f%s", value, unit.isEmpty() ? "" : " " + unit);
  }
}
