package com.shopassistant.assistant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Flash by default; Pro for comparisons and analysis (the seed's triggers, and their Indonesian
 * equivalents), for a choice among more than two products, and for long conversations, where better
 * reasoning pays for its price.
 */
@ApplicationScoped
public class ModelRouter {

  private static final Pattern CHOICE =
      Pattern.compile("\\b(which|better|best|difference|versus|vs|mana|lebih baik|beda)\\b");
  private static final Pattern OPTION_SEPARATOR =
      Pattern.compile(",|\\bor\\b|\\bvs\\.?|\\batau\\b");

  private String flashModel;
  private String proModel;
  private List<String> triggers;
  private int proAfterTurns;

  /** For CDI's client proxy. */
  protected ModelRouter() {}

  @Inject
  public ModelRouter(
      @ConfigProperty(name = "gemini.model", defaultValue = "gemini-2.5-flash") String flashModel,
      @ConfigProperty(name = "gemini.pro-model", defaultValue = "gemini-2.5-pro") String proModel,
      @ConfigProperty(name = "shop.assistant.routing.pro-triggers") List<String> triggers,
      @ConfigProperty(name = "shop.assistant.routing.pro-after-turns", defaultValue = "10")
          int proAfterTurns) {
    this.flashModel = flashModel;
    this.proModel = proModel;
    this.triggers = triggers.stream().map(t -> t.strip().toLowerCase(Locale.ROOT)).toList();
    this.proAfterTurns = proAfterTurns;
  }

  /**
   * The model for a message; {@code turnCount} counts the conversation's turns including this one.
   * A {@code proAfterTurns} of 0 or less turns the length rule off.
   */
  public RoutingDecision choose(String message, int turnCount) {
    String text = message == null ? "" : message.toLowerCase(Locale.ROOT);
    for (String trigger : triggers) {
      if (!trigger.isEmpty() && text.contains(trigger)) {
        return new RoutingDecision(proModel, "trigger:" + trigger);
      }
    }
    if (CHOICE.matcher(text).find() && optionsIn(text) > 2) {
      return new RoutingDecision(proModel, "compare-many");
    }
    if (proAfterTurns > 0 && turnCount > proAfterTurns) {
      return new RoutingDecision(proModel, "long-conversation");
    }
    return new RoutingDecision(flashModel, "default");
  }

  public String flashModel() {
    return flashModel;
  }

  public String proModel() {
    return proModel;
  }

  // "Which is better: A, B or C?" has three options, "Which is better, A or B?" two: the clause
  // of the choice word, up to its own comma or colon, is not an option.
  private static int optionsIn(String text) {
    java.util.regex.Matcher choice = CHOICE.matcher(text);
    String options = text;
    if (choice.find()) {
      int clauseEnd = indexOfAny(text, choice.end(), ',', ':');
      int firstSeparator = indexOfAny(text, 0, ',', ':');
      if (clauseEnd >= 0 && firstSeparator == clauseEnd) {
        options = text.substring(clauseEnd + 1);
      }
    }
    return (int) OPTION_SEPARATOR.splitAsStream(options).filter(part -> !part.isBlank()).count();
  }

  private static int indexOfAny(String text, int from, char a, char b) {
    for (int i = from; i < text.length(); i++) {
      if (text.charAt(i) == a || text.charAt(i) == b) {
        return i;
      }
    }
    return -1;
  }
}
