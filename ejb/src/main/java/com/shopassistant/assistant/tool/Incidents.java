package com.shopassistant.assistant.tool;

/**
 * A failure described for the log without its messages: exception messages may carry what the
 * customer typed (an address, a name) or SQL with values, so only the classes and where they were
 * thrown are written.
 */
final class Incidents {

  private static final int FRAMES = 3;

  private Incidents() {}

  static String describe(Throwable failure) {
    StringBuilder text = new StringBuilder();
    int depth = 0;
    for (Throwable t = failure; t != null && depth < 5; t = t.getCause(), depth++) {
      if (depth > 0) {
        text.append(" <- caused by ");
      }
      text.append(t.getClass().getName());
      StackTraceElement[] frames = t.getStackTrace();
      for (int i = 0; i < Math.min(FRAMES, frames.length); i++) {
        text.append(i == 0 ? " at " : ", ").append(frames[i]);
      }
    }
    return text.toString();
  }
}
