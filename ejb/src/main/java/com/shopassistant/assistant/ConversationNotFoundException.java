package com.shopassistant.assistant;

import jakarta.ejb.ApplicationException;

/**
 * No conversation with that id belongs to the caller (it may not exist, or be someone else's: the
 * answer is the same, so ids cannot be probed).
 */
@ApplicationException(rollback = true)
public class ConversationNotFoundException extends Exception {

  private static final long serialVersionUID = 1L;

  public ConversationNotFoundException(String id) {
    super("No conversation " + id + " of yours.");
  }
}
