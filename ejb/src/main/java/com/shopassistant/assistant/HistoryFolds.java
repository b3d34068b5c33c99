package com.shopassistant.assistant;

import com.shopassistant.ops.Background;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Folds history ahead: once a turn has its answer, the turns that the customer's next message will
 * push out of the history window (whatever it says) are folded into the summary in the background,
 * so the next turn finds the summary ready instead of waiting for a summary call before its own.
 * What the model is sent is unchanged; only when the summary is written changes. The cost: a
 * conversation left right after its window filled has paid one summary nobody reads.
 *
 * <p>The fold is stored only if no summary covering more was stored meanwhile, so a turn's own fold
 * (a long message, another instance, this fold still running) never goes backwards. A turn that
 * starts on this instance while its conversation's fold ahead is running waits for it, up to
 * {@value #MAX_WAIT_MILLIS} ms; the map of running folds is only that courtesy, nothing depends on
 * it across instances.
 */
@ApplicationScoped
public class HistoryFolds {

  static final long MAX_WAIT_MILLIS = 10_000;
  private static final Logger LOG = Logger.getLogger(HistoryFolds.class.getName());

  @Inject ConversationStore store;
  @Inject HistorySummariser summariser;
  @Inject AssistantMetrics metrics;
  @Inject Background background;

  @Inject
  @ConfigProperty(name = "shop.assistant.history.fold-ahead", defaultValue = "true")
  boolean enabled;

  @Inject HistoryWindow historyWindow;

  private final Map<String, CompletableFuture<Void>> running = new ConcurrentHashMap<>();

  /** After a turn of {@code id}: starts its fold ahead, unless one is running already. */
  public void ahead(long customerId, String id) {
    ahead(customerId, id, null);
  }

  /**
   * Like {@link #ahead(long, String)}, given the unsummarised messages the turn left ({@code
   * unsummarised}, as it stored them): when the next message will push none of them out, nothing
   * starts, and the conversation is not read again. Most turns are such. A message another tab
   * stored meanwhile is not in that list; if it fills the window, the next turn folds by itself.
   */
  public void ahead(long customerId, String id, List<StoredMessage> unsummarised) {
    if (!enabled) {
      return;
    }
    if (unsummarised != null
        && historyWindow.splitBeforeNextTurn(unsummarised).folded().isEmpty()) {
      return;
    }
    CompletableFuture<Void> done = new CompletableFuture<>();
    if (running.putIfAbsent(id, done) != null) {
      return;
    }
    try {
      background
          .run(() -> foldAhead(customerId, id))
          .whenComplete((ignored, failure) -> finished(id, done, failure));
    } catch (RuntimeException e) {
      finished(id, done, e);
    }
  }

  /** Before a turn of {@code id}: waits a while for its fold ahead, if one runs here. */
  public void awaitAhead(String id) {
    CompletableFuture<Void> fold = id == null ? null : running.get(id);
    if (fold == null) {
      return;
    }
    try {
      fold.get(MAX_WAIT_MILLIS, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | TimeoutException e) {
      // The turn folds by itself if it still has to.
    }
  }

  /** Folds what the next message will push out, now, on this thread. */
  void foldAhead(long customerId, String id) {
    try {
      ConversationState state = store.state(customerId, id);
      HistoryWindow.Split split = historyWindow.splitBeforeNextTurn(state.unsummarised());
      if (split.folded().isEmpty()) {
        return;
      }
      List<com.shopassistant.assistant.model.ModelMessage> folded =
          split.folded().stream().map(StoredMessage::message).toList();
      String summary = summariser.fold(state, folded);
      if (store.fold(customerId, id, summary, split.foldThrough())) {
        metrics.folded("ahead");
      }
    } catch (ConversationNotFoundException | RuntimeException e) {
      LOG.log(Level.INFO, "Folding ahead failed; the next turn folds itself: {0}", e.toString());
    }
  }

  private void finished(String id, CompletableFuture<Void> done, Throwable failure) {
    running.remove(id, done);
    done.complete(null);
    if (failure != null) {
      LOG.log(Level.INFO, "Folding ahead did not run: {0}", failure.toString());
    }
  }
}
