package com.shopassistant.assistant.offline;

import java.util.Set;

/**
 * One call of a turn as the flows see it: the history read, the language to answer in, the tools
 * this request offers, and the texts.
 */
final class Turn {

  final Memory memory;
  final ReferenceResolver resolver;
  final String language;
  private final Set<String> offered;

  Turn(Memory memory, String language, Set<String> offered) {
    this.memory = memory;
    this.resolver = new ReferenceResolver(memory);
    this.language = language;
    this.offered = Set.copyOf(offered);
  }

  /** A text in the turn's language. */
  String say(Phrase phrase, Object... args) {
    return Texts.format(language, phrase, args);
  }

  /** Whether the request offers the tool; a request that lists no tools offers all of them. */
  boolean offers(String tool) {
    return offered.isEmpty() || offered.contains(tool);
  }
}
