package com.shopassistant.assistant.offline;

import java.util.ArrayList;
import java.util.List;

/**
 * How a customer pointed at a product, a variant, a cart line or order items: by position in the
 * last list ("the second one"), by code, by option words ("the blue one", "128gb"), by name words
 * ("the headphones"), by "it", or "all of them". The resolver turns it into codes.
 *
 * @param ordinal 1-based position, -1 for the last, or null
 * @param code a product or item code as written, or null
 * @param options option values in the catalog's English (colours, sizes, "128gb")
 * @param names other meaningful words, stemmed ("headphone", "running")
 * @param pronoun whether "it"/"itu"/"this one" was said
 * @param all whether "all"/"semua"/"everything" was said
 */
record ProductRef(
    Integer ordinal,
    String code,
    List<String> options,
    List<String> names,
    boolean pronoun,
    boolean all) {

  static final ProductRef NONE = new ProductRef(null, null, List.of(), List.of(), false, false);

  ProductRef {
    options = List.copyOf(options);
    names = List.copyOf(names);
  }

  boolean isEmpty() {
    return ordinal == null && code == null && options.isEmpty() && names.isEmpty() && !pronoun;
  }

  /** The words as the customer might recognise them, for "I couldn't find ..." replies. */
  String words() {
    List<String> words = new ArrayList<>(options);
    words.addAll(names);
    if (code != null) {
      words.add(code);
    }
    return String.join(" ", words);
  }
}
