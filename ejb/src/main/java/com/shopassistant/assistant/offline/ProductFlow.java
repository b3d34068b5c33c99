package com.shopassistant.assistant.offline;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Details, stock and adding to the cart, over a product the customer pointed at. A product known
 * only by name is searched first; a product with several variants is looked up so the variant is
 * picked by its options, and when the words do not pick one the customer is asked which.
 */
final class ProductFlow {

  private final Turn turn;
  private final CatalogReplies replies;

  ProductFlow(Turn turn) {
    this.turn = turn;
    this.replies = new CatalogReplies(turn);
  }

  Step details(ProductRef ref) {
    Optional<Memory.Outcome> stock = turn.memory.turn("check_stock");
    if (stock.isPresent()) {
      return say(stock.get(), replies::stockOfItem);
    }
    Optional<Memory.Outcome> details = turn.memory.turn("get_product_details");
    if (details.isPresent()) {
      if (details.get().failed() && ref.code() != null) {
        // Not a product code: perhaps an item code.
        return Step.call("check_stock", "item_code", ref.code());
      }
      return say(details.get(), replies::details);
    }
    ReferenceResolver.Product product = resolve(ref);
    if (product.resolved()) {
      return detailsOf(product);
    }
    return unresolved(ref, product);
  }

  Step stock(ProductRef ref) {
    Optional<Memory.Outcome> stock = turn.memory.turn("check_stock");
    if (stock.isPresent()) {
      return say(stock.get(), replies::stockOfItem);
    }
    ReferenceResolver.Product product = resolve(ref);
    if (product.itemCode() != null || product.unknownCode()) {
      String item = product.itemCode() != null ? product.itemCode() : product.code();
      return Step.call("check_stock", "item_code", item);
    }
    if (!product.resolved()) {
      return unresolved(ref, product);
    }
    Optional<Memory.Outcome> details = turn.memory.turn("get_product_details");
    if (details.isEmpty()) {
      return detailsOf(product);
    }
    if (details.get().failed()) {
      return Step.say(Replies.error(turn, details.get()));
    }
    Map<String, Object> data = details.get().data();
    List<Map<String, Object>> variants = Fields.maps(data, "variants");
    if (!ref.options().isEmpty()) {
      ProductRef options = new ProductRef(null, null, ref.options(), List.of(), false, false);
      variants = Scoring.best(variants, v -> Fields.optionWords(v.get("options")), options);
      if (variants.isEmpty()) {
        return Step.say(replies.noVariant(data, ref, false));
      }
    }
    return Step.say(replies.stockOfProduct(data, variants));
  }

  Step add(ProductRef ref, Integer quantity) {
    int units = quantity == null || quantity < 1 ? 1 : quantity;
    Optional<Memory.Outcome> added = turn.memory.turn("add_to_cart");
    if (added.isPresent()) {
      return addedReply(added.get(), units);
    }
    ReferenceResolver.Product product = resolve(ref);
    if (product.itemCode() != null || product.unknownCode()) {
      String item = product.itemCode() != null ? product.itemCode() : product.code();
      return Step.call("add_to_cart", "item_code", item, "quantity", units);
    }
    if (!product.resolved()) {
      return unresolved(ref, product);
    }
    Optional<Map<String, Object>> details = turn.resolver.details(product.code());
    if (details.isEmpty()) {
      return detailsOf(product);
    }
    VariantPicker.Choice choice = VariantPicker.pick(details.get(), ref);
    if (choice.chosen() != null) {
      String item = ReferenceResolver.itemCode(choice.chosen());
      return Step.call("add_to_cart", "item_code", item, "quantity", units);
    }
    if (!choice.open().isEmpty()) {
      return Step.say(replies.askVariant(details.get(), choice.open()));
    }
    return Step.say(replies.noVariant(details.get(), ref, choice.soldOut()));
  }

  /** The product meant; a search of this turn that found exactly one product means that one. */
  private ReferenceResolver.Product resolve(ProductRef ref) {
    ReferenceResolver.Product product = turn.resolver.product(ref);
    Optional<Memory.Outcome> searched = turn.memory.turn("search_products");
    if (!product.resolved() && !product.ambiguous() && searched.isPresent()) {
      List<Map<String, Object>> found = Fields.maps(searched.get().data(), "products");
      if (found.size() == 1) {
        return ReferenceResolver.Product.of(ReferenceResolver.code(found.get(0)));
      }
    }
    return product;
  }

  private Step addedReply(Memory.Outcome added, int units) {
    if (added.failed()) {
      return Step.say(Replies.error(turn, added));
    }
    String name = turn.resolver.itemName(Fields.text(added.args(), "item_code"), added.data());
    return Step.say(new CartReplies(turn).cart(added.data(), turn.say(Phrase.ADDED, units, name)));
  }

  private Step detailsOf(ReferenceResolver.Product product) {
    if (product.code() == null) {
      return Step.call("check_stock", "item_code", product.itemCode());
    }
    return Step.call("get_product_details", "product", product.code());
  }

  /**
   * Nothing or several fit: several are asked about, words the history does not know are searched
   * (a search that found one product resolved it already), anything else is asked.
   */
  private Step unresolved(ProductRef ref, ReferenceResolver.Product product) {
    if (product.ambiguous()) {
      return Step.say(replies.askProduct(product.candidates()));
    }
    Optional<Memory.Outcome> searched = turn.memory.turn("search_products");
    if (searched.isPresent()) {
      List<Map<String, Object>> found = Fields.maps(searched.get().data(), "products");
      if (!found.isEmpty()) {
        return Step.say(replies.askProduct(found));
      }
      return Step.say(Replies.outcome(turn, searched.get()));
    }
    if (!ref.names().isEmpty()) {
      return Step.call("search_products", "query", String.join(" ", ref.names()));
    }
    return Step.say(turn.say(ref.ordinal() != null ? Phrase.NO_LIST : Phrase.ASK_WHICH_PRODUCT));
  }

  private Step say(
      Memory.Outcome outcome, java.util.function.Function<Map<String, Object>, String> render) {
    return Step.say(outcome.failed() ? Replies.error(turn, outcome) : render.apply(outcome.data()));
  }
}
