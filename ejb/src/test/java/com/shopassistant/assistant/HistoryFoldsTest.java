package com.shopassistant.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopassistant.assistant.model.ModelMessage;
import com.shopassistant.ops.Background;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Folding history ahead, after a turn, off the customer's wait. */
class HistoryFoldsTest {

  private static final String ID = "0b7d1c2e-3f40-4a5b-8c6d-7e8f9a0b1c2d";

  private final List<StoredMessage> messages = new ArrayList<>();
  private final List<String> stored = new ArrayList<>();
  private final List<List<ModelMessage>> summarised = new ArrayList<>();
  private final HistoryFolds folds = new HistoryFolds();
  private int summarisedThrough;

  @BeforeEach
  void wire() {
    folds.enabled = true;
    folds.historyWindow = new HistoryWindow(10, 4000);
    folds.metrics = new AssistantMetrics();
    folds.background = new InlineBackground();
    folds.summariser =
        new HistorySummariser() {
          @Override
          public String fold(ConversationState state, List<ModelMessage> folded) {
            summarised.add(folded);
            return "summary of " + folded.size();
          }
        };
    folds.store =
        new ConversationStore() {
          @Override
          public ConversationState state(long customerId, String id) {
            List<StoredMessage> after =
                messages.stream().filter(m -> m.seq() > summarisedThrough).toList();
            return new ConversationState(id, customerId, 5, "en", null, after, null);
          }

          @Override
          public boolean fold(long customerId, String id, String summary, int throughSeq) {
            if (throughSeq < summarisedThrough) {
              return false;
            }
            summarisedThrough = throughSeq;
            stored.add(summary + " through " + throughSeq);
            return true;
          }
        };
  }

  private void turns(int count) {
    for (int i = 0; i < count; i++) {
      messages.add(StoredMessage.of(messages.size() + 1, ModelMessage.user("question")));
      messages.add(
          StoredMessage.of(messages.size() + 1, ModelMessage.model("answer", List.of(), null)));
    }
  }

  @Test
  void afterTheTurnThatFillsTheWindowItsOldestTurnIsFolded() {
    turns(5);

    folds.ahead(42, ID);

    assertThat(summarised).hasSize(1);
    assertThat(summarised.get(0)).hasSize(2);
    assertThat(stored).containsExactly("summary of 2 through 2");
  }

  @Test
  void whileTheWindowHasRoomNothingIsSummarised() {
    turns(4);

    folds.ahead(42, ID);

    assertThat(summarised).isEmpty();
    assertThat(stored).isEmpty();
  }

  @Test
  void aTurnWhoseMessagesLeaveRoomStartsNothingAndReadsNothing() {
    turns(4);
    List<Runnable> started = new ArrayList<>();
    folds.background =
        new Background() {
          @Override
          public CompletionStage<Void> run(Runnable task) {
            started.add(task);
            return CompletableFuture.completedFuture(null);
          }
        };

    folds.ahead(42, ID, List.copyOf(messages));

    assertThat(started).isEmpty();
  }

  @Test
  void aTurnWhoseMessagesFillTheWindowFoldsAsBefore() {
    turns(5);

    folds.ahead(42, ID, List.copyOf(messages));

    assertThat(stored).containsExactly("summary of 2 through 2");
  }

  @Test
  void turnedOffItDoesNothing() {
    folds.enabled = false;
    turns(5);

    folds.ahead(42, ID);

    assertThat(summarised).isEmpty();
  }

  @Test
  void aTurnWaitsForTheFoldAheadOfItsConversationAndOnlyOneRunsAtATime() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    CompletableFuture<Void> running = new CompletableFuture<>();
    List<Runnable> started = new ArrayList<>();
    folds.background =
        new Background() {
          @Override
          public CompletionStage<Void> run(Runnable task) {
            started.add(task);
            return running.thenRun(task);
          }
        };
    turns(5);
    folds.ahead(42, ID);
    folds.ahead(42, ID);
    assertThat(started).hasSize(1);

    CompletableFuture<Void> turn = CompletableFuture.runAsync(() -> folds.awaitAhead(ID));
    Thread.sleep(100);
    assertThat(turn).as("the turn waits for the fold").isNotDone();
    running.complete(null);
    turn.get(5, TimeUnit.SECONDS);

    assertThat(stored).containsExactly("summary of 2 through 2");
    release.countDown();
  }

  @Test
  void aTurnOfAnotherConversationDoesNotWait() {
    folds.background =
        new Background() {
          @Override
          public CompletionStage<Void> run(Runnable task) {
            return new CompletableFuture<>(); // never runs
          }
        };
    turns(5);
    folds.ahead(42, ID);

    long start = System.nanoTime();
    folds.awaitAhead("another");
    folds.awaitAhead(null);

    assertThat(System.nanoTime() - start).isLessThan(TimeUnit.SECONDS.toNanos(1));
  }

  /** Runs the task at once, on the caller's thread. */
  private static final class InlineBackground extends Background {
    @Override
    public CompletionStage<Void> run(Runnable task) {
      task.run();
      return CompletableFuture.completedFuture(null);
    }
  }
}
