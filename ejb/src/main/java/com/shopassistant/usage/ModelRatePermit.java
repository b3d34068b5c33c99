package com.shopassistant.usage;

import java.time.Instant;

/**
 * A model call counted in a window of the global limit: where to correct its tokens once the model
 * has said how many it used.
 *
 * @param window the start of the window it was counted in; null when nothing was counted (limit
 *     off, or the database could not count)
 * @param estimatedTokens the tokens counted for it before the call
 */
public record ModelRatePermit(Instant window, long estimatedTokens) {

  /** Nothing counted, nothing to correct. */
  public static final ModelRatePermit NONE = new ModelRatePermit(null, 0);

  public boolean counted() {
    return window != null;
  }
}
