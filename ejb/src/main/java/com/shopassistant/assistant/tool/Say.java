package com.shopassistant.assistant.tool;

/**
 * The one line a confirmation card shows, in the language of the turn: the customer reads it, not
 * the model, so it follows {@link ToolContext#language()} ("en" or "id").
 */
final class Say {

  private Say() {}

  static String in(ToolContext context, String english, String indonesian) {
    return "id".equals(context.language()) ? indonesian : english;
  }
}
