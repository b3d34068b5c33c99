package com.shopassistant.assistant.offline;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The keywords (and short phrases) that tell what a message asks for, English and Indonesian side
 * by side, from the intent.* lists of words.properties. Keywords of seven letters or more also
 * match with one slip ({@link Words#same}).
 */
final class IntentWords {

  private IntentWords() {}

  static final Set<String> YES = WordLists.set("intent.yes");
  static final Set<String> YES_FILLER = WordLists.set("intent.yes.filler");
  static final Set<String> NO = WordLists.set("intent.no");
  static final Set<String> NO_FILLER = WordLists.set("intent.no.filler");
  static final Set<String> HUMAN = WordLists.set("intent.human");
  static final Set<String> GREETING = WordLists.set("intent.greeting");
  static final Set<String> THANKS = WordLists.set("intent.thanks");
  static final Set<String> HELP = WordLists.set("intent.help");
  static final Set<String> ORDER = WordLists.set("intent.order");
  static final Set<String> CANCEL = WordLists.set("intent.cancel");
  static final Set<String> RETURN = WordLists.set("intent.return");
  static final Set<String> EXCHANGE = WordLists.set("intent.exchange");
  static final Set<String> CHANGE = WordLists.set("intent.change");
  static final Set<String> STATUS = WordLists.set("intent.status");
  static final Set<String> CHECKOUT = WordLists.set("intent.checkout");
  static final Set<String> VOUCHER = WordLists.set("intent.voucher");
  static final Set<String> ADDRESS = WordLists.set("intent.address");
  static final Set<String> PAYMENT_METHODS = WordLists.set("intent.payment.methods");
  static final Set<String> CART = WordLists.set("intent.cart");
  static final Set<String> VIEW = WordLists.set("intent.view");
  static final Set<String> CLEAR = WordLists.set("intent.clear");
  static final Set<String> REMOVE = WordLists.set("intent.remove");
  static final Set<String> QUANTITY = WordLists.set("intent.quantity");
  static final Set<String> ADD = WordLists.set("intent.add");
  static final Set<String> STOCK = WordLists.set("intent.stock");
  static final Set<String> DETAILS = WordLists.set("intent.details");
  static final Set<String> SEARCH = WordLists.set("intent.search");
  static final Set<String> CATEGORIES = WordLists.set("intent.categories");
  static final Set<String> QUESTION = WordLists.set("intent.question");

  /** Every single keyword: none of them is a product's name word. */
  static final Set<String> ALL = union();

  private static Set<String> union() {
    Set<String> words = new HashSet<>();
    for (Set<String> set :
        List.of(
            YES,
            NO,
            HUMAN,
            GREETING,
            THANKS,
            HELP,
            ORDER,
            CANCEL,
            RETURN,
            EXCHANGE,
            CHANGE,
            STATUS,
            CHECKOUT,
            VOUCHER,
            ADDRESS,
            PAYMENT_METHODS,
            CART,
            VIEW,
            CLEAR,
            REMOVE,
            QUANTITY,
            ADD,
            STOCK,
            DETAILS,
            SEARCH,
            CATEGORIES,
            QUESTION)) {
      for (String phrase : set) {
        words.addAll(List.of(phrase.split(" ")));
      }
    }
    return Set.copyOf(words);
  }
}
