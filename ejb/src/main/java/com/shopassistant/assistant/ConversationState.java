package com.shopassistant.assistant;

import com.shopassistant.assistant.tool.PendingAction;
import java.util.List;

/**
 * A conversation as a turn starts: read in the turn's first transaction, used without a transaction
 * while the model thinks.
 *
 * @param id the conversation id
 * @param customerId its owner, the caller
 * @param turnCount turns so far, this one included
 * @param language "en" or "id"
 * @param summary the summary of folded turns, or null
 * @param unsummarised the messages not yet folded into the summary, this turn's message last
 * @param pending the write that waited for a yes when this turn began, or null
 */
public record ConversationState(
    String id,
    long customerId,
    int turnCount,
    String language,
    String summary,
    List<StoredMessage> unsummarised,
    PendingAction pending) {

  public ConversationState {
    unsummarised = List.copyOf(unsummarised);
  }
}
