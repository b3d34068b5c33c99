package com.shopassistant.assistant.offline;

import com.shopassistant.assistant.model.ModelMessage;
import java.util.List;

/**
 * Decides the next step of a turn: understands the customer's message (merging a bare answer with
 * the request it answers) and hands the intent to the flow that serves it.
 */
final class TurnPlanner {

  /** How many earlier messages a bare answer may be merged back through. */
  private static final int MAX_MERGE_DEPTH = 3;

  private TurnPlanner() {}

  static Intent understand(Memory memory) {
    String text = memory.userText();
    Intent intent = IntentParser.parse(text);
    if (!weak(intent, text)) {
      return intent;
    }
    if (asked(memory.previousReply())) {
      List<String> earlier = memory.earlierUserTexts();
      String merged = text;
      for (int i = 0; i < Math.min(MAX_MERGE_DEPTH, earlier.size()); i++) {
        merged = earlier.get(i) + " " + merged;
        Intent answered = IntentParser.parse(merged);
        if (completes(answered)) {
          return answered;
        }
        if (!(answered instanceof Intent.Fragment || answered instanceof Intent.Unknown)) {
          break;
        }
      }
    }
    return intent instanceof Intent.Fragment fragment ? standalone(fragment, text) : intent;
  }

  /**
   * Whether the message makes no request of its own: a bare answer, nothing understood, or a search
   * only by a weak word ("sudah tidak perlu" has "perlu", need, but answers a question).
   */
  private static boolean weak(Intent intent, String text) {
    if (intent instanceof Intent.Fragment || intent instanceof Intent.Unknown) {
      return true;
    }
    if (intent instanceof Intent.Search search) {
      Message m = new Message(text);
      return !m.has(SearchIntents.STRONG_SEARCH) && search.min() == null && search.max() == null;
    }
    return false;
  }

  /** Whether the assistant's last words end with a question. */
  private static boolean asked(String reply) {
    return reply.strip().endsWith("?");
  }

  /** The requests a later answer can complete. */
  private static boolean completes(Intent intent) {
    return intent instanceof Intent.AddToCart
        || intent instanceof Intent.Details
        || intent instanceof Intent.Stock
        || intent instanceof Intent.RemoveFromCart
        || intent instanceof Intent.ChangeQuantity
        || intent instanceof Intent.ApplyVoucher
        || intent instanceof Intent.Checkout
        || intent instanceof Intent.OrderStatus
        || intent instanceof Intent.CancelOrder
        || intent instanceof Intent.ReturnItems
        || intent instanceof Intent.ExchangeItems
        || intent instanceof Intent.ChangeOrderAddress
        || intent instanceof Intent.ChangeOrderPayment
        || intent instanceof Intent.Search;
  }

  // A bare reference is a question about that product; bare words are a search.
  private static Intent standalone(Intent.Fragment fragment, String text) {
    ProductRef ref = fragment.ref();
    boolean pointed =
        ref.code() != null
            || ref.ordinal() != null
            || (ref.names().isEmpty() && (ref.pronoun() || !ref.options().isEmpty()));
    if (pointed) {
      return new Intent.Details(ref);
    }
    if (!ref.names().isEmpty() && !fragment.question()) {
      return SearchIntents.search(new Message(text));
    }
    return new Intent.Unknown();
  }

  static Step next(Intent intent, Turn turn, List<ModelMessage> history) {
    if (intent instanceof Intent.Search s) {
      return new SearchFlow(turn).search(s);
    } else if (intent instanceof Intent.ListCategories) {
      return new SearchFlow(turn).categories();
    } else if (intent instanceof Intent.Details d) {
      return new ProductFlow(turn).details(d.ref());
    } else if (intent instanceof Intent.Stock s) {
      return new ProductFlow(turn).stock(s.ref());
    } else if (intent instanceof Intent.AddToCart a) {
      return new ProductFlow(turn).add(a.ref(), a.quantity());
    }
    Step step = cart(intent, turn);
    if (step == null) {
      step = orders(intent, turn, history);
    }
    return step != null ? step : talk(intent, turn);
  }

  private static Step cart(Intent intent, Turn turn) {
    CartFlow cart = new CartFlow(turn);
    CheckoutFlow checkout = new CheckoutFlow(turn);
    if (intent instanceof Intent.ViewCart) {
      return cart.view();
    } else if (intent instanceof Intent.RemoveFromCart r) {
      return cart.remove(r.ref());
    } else if (intent instanceof Intent.ChangeQuantity c) {
      return cart.changeQuantity(c.ref(), c.quantity());
    } else if (intent instanceof Intent.ClearCart) {
      return cart.clear();
    } else if (intent instanceof Intent.ApplyVoucher v) {
      return cart.applyVoucher(v.code());
    } else if (intent instanceof Intent.RemoveVoucher) {
      return cart.removeVoucher();
    } else if (intent instanceof Intent.ListAddresses) {
      return checkout.addresses();
    } else if (intent instanceof Intent.ListPaymentMethods) {
      return checkout.paymentMethods();
    } else if (intent instanceof Intent.Checkout c) {
      return checkout.checkout(c);
    } else if (intent instanceof Intent.Confirm) {
      return checkout.confirm();
    } else if (intent instanceof Intent.Decline) {
      return checkout.decline();
    }
    return null;
  }

  private static Step orders(Intent intent, Turn turn, List<ModelMessage> history) {
    OrderFlow orders = new OrderFlow(turn, history);
    OrderItemsFlow items = new OrderItemsFlow(turn, orders);
    if (intent instanceof Intent.ListOrders) {
      return orders.list();
    } else if (intent instanceof Intent.OrderStatus s) {
      return orders.status(s.orderNumber());
    } else if (intent instanceof Intent.CancelOrder c) {
      return orders.cancel(c.orderNumber(), c.reason());
    } else if (intent instanceof Intent.ReturnItems r) {
      return items.returnItems(r.orderNumber(), r.items(), r.refundTo());
    } else if (intent instanceof Intent.ExchangeItems e) {
      return items.exchange(e.orderNumber(), e.item(), e.wanted(), e.payWith());
    } else if (intent instanceof Intent.ChangeOrderAddress a) {
      return orders.changeAddress(a.orderNumber(), a.address());
    } else if (intent instanceof Intent.ChangeOrderPayment p) {
      return orders.changePayment(p.orderNumber(), p.payWith());
    } else if (intent instanceof Intent.Human) {
      return orders.human();
    }
    return null;
  }

  private static Step talk(Intent intent, Turn turn) {
    Phrase phrase;
    if (intent instanceof Intent.Greeting) {
      phrase = Phrase.GREETING;
    } else if (intent instanceof Intent.Thanks) {
      phrase = Phrase.THANKS;
    } else if (intent instanceof Intent.Help) {
      phrase = Phrase.HELP;
    } else if (intent instanceof Intent.Unsupported) {
      phrase = Phrase.UNSUPPORTED;
    } else {
      phrase = Phrase.UNKNOWN;
    }
    return Step.say(turn.say(phrase));
  }
}
