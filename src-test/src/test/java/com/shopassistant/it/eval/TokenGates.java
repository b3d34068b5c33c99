package com.shopassistant.it.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The token budgets a release must keep, counted by the Gemini fake's rule (docs/evaluation.md):
 * per session type, at first 40 % of the seed's table (9,000 / 23,000 / 51,000 / 90,000 tokens a
 * session), and for what every call carries, the system prompt with all tool declarations (2,500,
 * the seed's prompt budget). A gate is overridden with the system property {@code eval.gate.<type>}
 * (e.g. {@code -Deval.gate.full_purchase=19000}) to tighten it. With {@code eval.gate.metered=true}
 * a session is counted as the ledger metered it — its chat calls plus the history summaries the
 * server made in the background — instead of by its chat answers' usage.
 */
public final class TokenGates {

  /** The seed's table × 40 %. */
  public static final Map<String, Long> DEFAULTS =
      Map.of(
          "quick_query", 3_600L,
          "product_search", 9_200L,
          "full_purchase", 20_400L,
          "complex_assistance", 36_000L);

  /** System prompt + the declarations of all tools. */
  public static final long PROMPT_DEFAULT = 2_500L;

  private final Map<String, Long> sessions;
  private final long prompt;
  private final boolean metered;

  public TokenGates(Map<String, Long> sessions, long prompt) {
    this(sessions, prompt, false);
  }

  public TokenGates(Map<String, Long> sessions, long prompt, boolean metered) {
    this.sessions = Map.copyOf(sessions);
    this.prompt = prompt;
    this.metered = metered;
  }

  /** The defaults, each overridable by {@code eval.gate.<type>} and {@code eval.gate.prompt}. */
  public static TokenGates fromSystemProperties() {
    Map<String, Long> gates = new LinkedHashMap<>();
    DEFAULTS.forEach((type, tokens) -> gates.put(type, Long.getLong("eval.gate." + type, tokens)));
    return new TokenGates(
        gates,
        Long.getLong("eval.gate.prompt", PROMPT_DEFAULT),
        Boolean.getBoolean("eval.gate.metered"));
  }

  /** A copy with one gate changed: how a test shows a blown gate fails. */
  public TokenGates with(String type, long tokens) {
    Map<String, Long> changed = new LinkedHashMap<>(sessions);
    if ("prompt".equals(type)) {
      return new TokenGates(changed, tokens, metered);
    }
    changed.put(type, tokens);
    return new TokenGates(changed, prompt, metered);
  }

  public long gate(String type) {
    Long tokens = sessions.get(type);
    if (tokens == null) {
      throw new IllegalArgumentException("no token gate for session type " + type);
    }
    return tokens;
  }

  /** The tokens a session is gated on: its chat answers' usage, or what the ledger metered. */
  public long counted(SessionResult r) {
    return metered ? r.metered().tokens() : r.total();
  }

  /** Whether sessions are counted as metered (chat calls and background summaries). */
  public boolean metered() {
    return metered;
  }

  public long promptGate() {
    return prompt;
  }

  /** One line per session or prompt over its gate, with the numbers; empty when all are within. */
  public List<String> violations(List<SessionResult> results, long promptTokens) {
    List<String> over = new ArrayList<>();
    for (SessionResult r : results) {
      long gate = gate(r.type());
      long counted = counted(r);
      if (counted > gate) {
        String how =
            metered
                ? String.format(Locale.ROOT, "metered in %d calls", r.metered().calls())
                : String.format(Locale.ROOT, "input %,d + output %,d", r.input(), r.output());
        over.add(
            String.format(
                Locale.ROOT,
                "%s: %,d tokens (%s) > gate %,d for %s (+%,d)",
                r.label(),
                counted,
                how,
                gate,
                r.type(),
                counted - gate));
      }
    }
    if (promptTokens > prompt) {
      over.add(
          String.format(
              Locale.ROOT,
              "system prompt + all tool declarations: %,d tokens > gate %,d (+%,d)",
              promptTokens,
              prompt,
              promptTokens - prompt));
    }
    return over;
  }

  /** Fails with every violation's numbers, the way CI reports a blown gate. */
  public void assertWithin(List<SessionResult> results, long promptTokens) {
    List<String> over = violations(results, promptTokens);
    if (!over.isEmpty()) {
      throw new AssertionError(
          "Token gates exceeded (counted as the Gemini fake counts usageMetadata):\n  "
              + String.join("\n  ", over));
    }
  }
}
