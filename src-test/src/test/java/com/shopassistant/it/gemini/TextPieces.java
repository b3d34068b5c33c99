package com.shopassistant.it.gemini;

import java.util.ArrayList;
import java.util.List;

/** Cuts a text into streaming chunks at spaces, so the chunks joined give the text back exactly. */
final class TextPieces {

  private TextPieces() {}

  /** Up to {@code pieces} chunks of about equal length; none for an empty text. */
  static List<String> cut(String text, int pieces) {
    List<String> chunks = new ArrayList<>();
    if (text.isEmpty()) {
      return chunks;
    }
    int start = 0;
    for (int i = 1; i < pieces && start < text.length(); i++) {
      int target = Math.max(start + 1, text.length() * i / pieces);
      int space = text.indexOf(' ', target);
      if (space < 0 || space + 1 >= text.length()) {
        break;
      }
      chunks.add(text.substring(start, space + 1));
      start = space + 1;
    }
    chunks.add(text.substring(start));
    return chunks;
  }
}
