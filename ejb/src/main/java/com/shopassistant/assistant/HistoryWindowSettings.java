package com.shopassistant.assistant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The history window's size, read once from configuration: the turn ({@link ChatService}) and the
 * fold ahead ({@link HistoryFolds}) must cut the history at the same place, or a fold ahead would
 * be undone or redone by the next turn.
 */
@ApplicationScoped
public class HistoryWindowSettings {

  @Inject
  @ConfigProperty(name = "shop.assistant.history.max-messages", defaultValue = "10")
  int maxMessages;

  @Inject
  @ConfigProperty(name = "shop.assistant.history.max-tokens", defaultValue = "4000")
  int maxTokens;

  @Produces
  HistoryWindow window() {
    return new HistoryWindow(maxMessages, maxTokens);
  }
}
