package com.shopassistant.assistant;

import com.shopassistant.assistant.model.ModelMessage;
import java.util.ArrayList;
import java.util.List;

/**
 * Which stored messages go to the model and which are folded into the summary: whole turns from the
 * newest back, while they hold at most {@code maxMessages} chat messages (the customer's and the
 * assistant's texts; a turn's tool exchanges ride along with it) and {@code maxTokens} estimated
 * tokens. The current turn always goes, whatever its size. Turns are never split, so a function
 * call is never sent without its response.
 */
public final class HistoryWindow {

  /**
   * The outcome.
   *
   * @param kept the messages to send, oldest first
   * @param folded the older messages to fold into the summary, oldest first
   * @param foldThrough the number of the last folded message, or 0 when none is folded
   */
  public record Split(List<StoredMessage> kept, List<StoredMessage> folded, int foldThrough) {}

  private final int maxMessages;
  private final int maxTokens;

  public HistoryWindow(int maxMessages, int maxTokens) {
    this.maxMessages = Math.max(1, maxMessages);
    this.maxTokens = Math.max(1, maxTokens);
  }

  public Split split(List<StoredMessage> messages) {
    List<List<StoredMessage>> turns = turnsOf(messages);
    int firstKept = turns.size();
    int chatMessages = 0;
    int tokens = 0;
    for (int i = turns.size() - 1; i >= 0; i--) {
      List<StoredMessage> turn = turns.get(i);
      int turnChat = (int) turn.stream().filter(StoredMessage::chat).count();
      int turnTokens = turn.stream().mapToInt(StoredMessage::tokens).sum();
      boolean current = i == turns.size() - 1;
      if (!current && (chatMessages + turnChat > maxMessages || tokens + turnTokens > maxTokens)) {
        break;
      }
      chatMessages += turnChat;
      tokens += turnTokens;
      firstKept = i;
    }
    List<StoredMessage> kept = new ArrayList<>();
    List<StoredMessage> folded = new ArrayList<>();
    for (int i = 0; i < turns.size(); i++) {
      (i < firstKept ? folded : kept).addAll(turns.get(i));
    }
    int foldThrough = folded.isEmpty() ? 0 : folded.get(folded.size() - 1).seq();
    return new Split(List.copyOf(kept), List.copyOf(folded), foldThrough);
  }

  /**
   * The split the next customer message will need at the least: as if it were an empty message, so
   * what this folds that message folds too, whatever it says (a long one may fold more).
   */
  public Split splitBeforeNextTurn(List<StoredMessage> messages) {
    if (messages.isEmpty()) {
      return new Split(List.of(), List.of(), 0);
    }
    int next = messages.get(messages.size() - 1).seq() + 1;
    List<StoredMessage> withNext = new ArrayList<>(messages);
    withNext.add(new StoredMessage(next, ModelMessage.user(""), 0));
    Split split = split(withNext);
    return new Split(
        split.kept().subList(0, split.kept().size() - 1), split.folded(), split.foldThrough());
  }

  private static List<List<StoredMessage>> turnsOf(List<StoredMessage> messages) {
    List<List<StoredMessage>> turns = new ArrayList<>();
    for (StoredMessage message : messages) {
      if (turns.isEmpty() || message.message().role() == ModelMessage.Role.USER) {
        turns.add(new ArrayList<>());
      }
      turns.get(turns.size() - 1).add(message);
    }
    return turns;
  }
}
