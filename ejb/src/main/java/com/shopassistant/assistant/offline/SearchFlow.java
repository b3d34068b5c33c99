package com.shopassistant.assistant.offline;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Searches: one search_products call with the words, category, price range, order and stock filter
 * the message gave; when several words find nothing, one more try with the last word alone (in
 * English the noun that matters comes last: "wireless headphones").
 */
final class SearchFlow {

  private final Turn turn;
  private final CatalogReplies replies;

  SearchFlow(Turn turn) {
    this.turn = turn;
    this.replies = new CatalogReplies(turn);
  }

  Step search(Intent.Search search) {
    List<Memory.Outcome> searches =
        turn.memory.turn().stream().filter(o -> o.tool().equals("search_products")).toList();
    if (searches.isEmpty()) {
      if (search.isEmpty()) {
        return Step.say(turn.say(Phrase.ASK_SEARCH));
      }
      return call(withCategory(search));
    }
    Memory.Outcome last = searches.get(searches.size() - 1);
    if (last.failed()) {
      return Step.say(Replies.error(turn, last));
    }
    Intent.Search asked = withCategory(search);
    List<String> words = List.of(asked.query().split(" "));
    if (Fields.maps(last.data(), "products").isEmpty()
        && words.size() > 1
        && searches.size() == 1) {
      String lastWord = words.get(words.size() - 1);
      return call(
          new Intent.Search(
              lastWord,
              asked.category(),
              asked.min(),
              asked.max(),
              asked.sort(),
              asked.inStockOnly()));
    }
    return Step.say(replies.search(last.data(), fromArgs(last.args(), search)));
  }

  Step categories() {
    Optional<Memory.Outcome> done = turn.memory.turn("list_categories");
    if (done.isEmpty()) {
      return Step.call("list_categories");
    }
    return Step.say(
        done.get().failed()
            ? Replies.error(turn, done.get())
            : replies.categories(done.get().data()));
  }

  static Step call(Intent.Search search) {
    return Step.call(
        "search_products",
        "query",
        search.query().isEmpty() ? null : search.query(),
        "category",
        search.category(),
        "min_price",
        search.min(),
        "max_price",
        search.max(),
        "in_stock_only",
        search.inStockOnly() ? Boolean.TRUE : null,
        "sort",
        search.sort());
  }

  /**
   * A query word that is a category the history's list_categories showed (its slug, its name, or
   * the first word of its slug, and only one category's) becomes the category filter.
   */
  private Intent.Search withCategory(Intent.Search search) {
    Optional<Memory.Outcome> listed = turn.memory.latestOk("list_categories");
    if (listed.isEmpty() || search.query().isEmpty() || search.category() != null) {
      return search;
    }
    List<Map<String, Object>> categories = Fields.maps(listed.get().data(), "categories");
    List<String> rest = new ArrayList<>();
    String category = null;
    for (String word : search.query().split(" ")) {
      String slug = category == null ? categoryOf(word, categories) : null;
      if (slug != null) {
        category = slug;
      } else {
        rest.add(word);
      }
    }
    return new Intent.Search(
        String.join(" ", rest),
        category,
        search.min(),
        search.max(),
        search.sort(),
        search.inStockOnly());
  }

  private static String categoryOf(String word, List<Map<String, Object>> categories) {
    List<String> slugs = new ArrayList<>();
    for (Map<String, Object> category : categories) {
      String slug = Fields.text(category, "slug");
      String name = Words.normalize(String.valueOf(Fields.text(category, "name")));
      if (slug == null) {
        continue;
      }
      String head = slug.split("-")[0];
      if (Words.stem(slug).equals(word)
          || Words.stem(name).equals(word)
          || Words.stem(head).equals(word)) {
        slugs.add(slug);
      }
    }
    return slugs.size() == 1 ? slugs.get(0) : null;
  }

  /** The search as it was called, for the reply's "for ... under ..." words. */
  private static Intent.Search fromArgs(Map<String, Object> args, Intent.Search asked) {
    if (args.isEmpty()) {
      return asked;
    }
    String query = Fields.text(args, "query");
    BigDecimal min = Fields.decimal(args, "min_price");
    BigDecimal max = Fields.decimal(args, "max_price");
    return new Intent.Search(
        query == null ? "" : query,
        Fields.text(args, "category"),
        min,
        max,
        Fields.text(args, "sort"),
        Fields.flag(args, "in_stock_only"));
  }
}
