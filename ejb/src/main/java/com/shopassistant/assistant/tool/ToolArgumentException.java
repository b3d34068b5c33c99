package com.shopassistant.assistant.tool;

/** A tool call whose arguments are missing or of the wrong type; the model is told which. */
public class ToolArgumentException extends Exception {

  private static final long serialVersionUID = 1L;

  public ToolArgumentException(String message) {
    super(message);
  }
}
