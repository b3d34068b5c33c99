package com.shopassistant.confirmation;

import jakarta.ejb.ApplicationException;

/** A confirm step that cannot use the token it was given; nothing was written. */
@ApplicationException(rollback = true)
public class ConfirmationException extends Exception {

  private static final long serialVersionUID = 1L;

  /** Why the token was refused. */
  public enum Kind {
    /** Unknown, malformed, or another customer's token. */
    NOT_FOUND,
    /** Its time ran out: quote again. */
    EXPIRED,
    /** It confirms another kind of write than the endpoint performs. */
    WRONG_ACTION
  }

  private final Kind kind;

  public ConfirmationException(Kind kind, String message) {
    super(message);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }
}
