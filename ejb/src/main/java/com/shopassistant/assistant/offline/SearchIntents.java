package com.shopassistant.assistant.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads product questions: details or stock of something already shown, and searches with their
 * words, price range, order and stock filter. Search words lose filler in both languages, are put
 * into the catalog's English and cut to a form that matches singular and plural names.
 */
final class SearchIntents {

  static final String PRICE_ASC = "price_asc";
  static final String PRICE_DESC = "price_desc";

  static final Set<String> STRONG_SEARCH = WordLists.set("search.strong");
  private static final Set<String> CHEAP = WordLists.set("search.cheap");
  private static final Set<String> EXPENSIVE = WordLists.set("search.expensive");
  private static final Set<String> IN_STOCK = WordLists.set("search.in.stock");
  private static final Set<String> FILTER_WORDS = WordLists.set("search.filter");

  private SearchIntents() {}

  static Intent parse(Message m) {
    ReferenceParser.Parsed parsed = ReferenceParser.parse(m);
    ProductRef ref = parsed.ref();
    boolean pointed =
        ref.ordinal() != null
            || ref.code() != null
            || (ref.pronoun() && ref.names().isEmpty())
            || (!ref.options().isEmpty() && ref.names().isEmpty());
    // "do you have the blue one in stock?" points at a product; "do you have backpacks?" searches.
    boolean strongSearch = m.has(STRONG_SEARCH) && !pointed;
    if (m.has(IntentWords.STOCK) && !strongSearch && (pointed || !m.has(IntentWords.SEARCH))) {
      return new Intent.Stock(ref);
    }
    if (!strongSearch && m.has(IntentWords.DETAILS)) {
      return new Intent.Details(ref);
    }
    if (!strongSearch && pointed) {
      // "the second one", "black with 40 hours": an answer to a question, or else a details
      // request.
      return new Intent.Fragment(ref, parsed.quantity(), null, m.original.strip().endsWith("?"));
    }
    Intent.Search search = search(m);
    if (m.has(IntentWords.CATEGORIES) && search.query().isEmpty()) {
      return new Intent.ListCategories();
    }
    boolean searchy = m.has(IntentWords.SEARCH) || !m.price.isEmpty() || search.sort() != null;
    return searchy ? search : null;
  }

  static Intent.Search search(Message m) {
    String sort = m.has(CHEAP) ? PRICE_ASC : m.has(EXPENSIVE) ? PRICE_DESC : null;
    return new Intent.Search(
        String.join(" ", queryWords(m.rest)),
        null,
        m.price.min(),
        m.price.max(),
        sort,
        m.has(IN_STOCK));
  }

  /** The words worth searching for, in the catalog's English, stemmed, each once. */
  static List<String> queryWords(List<String> rest) {
    List<String> kept = new ArrayList<>();
    for (String word : ReferenceParser.joinUnits(rest)) {
      boolean filler =
          Vocabulary.STOP_WORDS.contains(word)
              || IntentWords.ALL.contains(word)
              || FILTER_WORDS.contains(word)
              || word.chars().allMatch(Character::isDigit);
      if (!filler) {
        kept.add(word);
      }
    }
    List<String> query = new ArrayList<>();
    for (String word : Translation.toEnglish(kept)) {
      String english = Words.stem(Vocabulary.COLOURS.getOrDefault(word, word));
      if (!query.contains(english)) {
        query.add(english);
      }
    }
    return query;
  }
}
