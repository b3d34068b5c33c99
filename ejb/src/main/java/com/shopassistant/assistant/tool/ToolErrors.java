package com.shopassistant.assistant.tool;

import com.shopassistant.cart.CartException;
import com.shopassistant.catalog.UnknownCategoryException;
import com.shopassistant.checkout.CheckoutException;
import com.shopassistant.checkout.VoucherException;
import com.shopassistant.confirmation.ConfirmationException;
import com.shopassistant.customer.AccountRuleException;
import com.shopassistant.customer.AddressLabelTakenException;
import com.shopassistant.customer.DefaultAddressChangedException;
import com.shopassistant.customer.GiftCardHasBalanceException;
import com.shopassistant.customer.GiftCardNotAddableException;
import com.shopassistant.customer.NoDefaultAddressException;
import com.shopassistant.customer.UnknownCustomerException;
import com.shopassistant.ordercare.OrderCareException;
import java.util.Locale;
import java.util.Optional;

/**
 * The error slugs tools answer with. A refusal of the store's rules gets the same slug as the REST
 * API's problem type for the same exception (docs/problems.md; the web module's {@code
 * ToolErrorSlugsTest} holds the two together), so the model can explain which rule refused; the
 * exception's message, written for the customer, is the detail. The tools' own slugs are the
 * constants below.
 */
public final class ToolErrors {

  /** The model called a function the registry does not have. */
  public static final String UNKNOWN_TOOL = "unknown-tool";

  /** An argument is missing or of the wrong type; the detail names it. */
  public static final String INVALID_ARGUMENT = "invalid-argument";

  /** Something unexpected failed; the detail is neutral and names an incident in the log. */
  public static final String TOOL_FAILED = "tool-failed";

  /** A confirm tool called before the customer explicitly said yes; nothing was committed. */
  public static final String CONFIRMATION_REQUIRED = "confirmation-required";

  /** The detail of {@link #CONFIRMATION_REQUIRED}, telling the model what to do instead. */
  public static final String CONFIRMATION_REQUIRED_DETAIL =
      "The customer has not confirmed yet: show what will happen and ask for an explicit yes.";

  /** No such order (or product) of the caller's, as the API's 404. */
  public static final String NOT_FOUND = "not-found";

  public static final String PRODUCT_NOT_FOUND = "product-not-found";
  public static final String VARIANT_NOT_FOUND = "variant-not-found";
  public static final String CONFIRMATION_NOT_FOUND = "confirmation-not-found";
  public static final String CONFIRMATION_MISMATCH = "confirmation-mismatch";

  private ToolErrors() {}

  /** The slug of a business exception, or empty for any other throwable. */
  public static Optional<String> slugOf(Throwable failure) {
    if (failure instanceof CartException e) {
      return Optional.of(cart(e.kind()));
    }
    if (failure instanceof CheckoutException e) {
      return Optional.of(checkout(e.kind()));
    }
    if (failure instanceof VoucherException e) {
      return Optional.of("voucher-" + e.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
    if (failure instanceof ConfirmationException e) {
      return Optional.of(confirmation(e.kind()));
    }
    if (failure instanceof OrderCareException e) {
      return Optional.of(orderCare(e.rule()));
    }
    if (failure instanceof AccountRuleException e) {
      return Optional.of(account(e));
    }
    if (failure instanceof UnknownCategoryException) {
      return Optional.of("validation-failed");
    }
    return Optional.empty();
  }

  /**
   * The error result for a business exception anywhere in {@code failure}'s cause chain; empty when
   * there is none.
   */
  public static Optional<ToolResult> refusal(String tool, Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      Optional<String> slug = slugOf(t);
      if (slug.isPresent()) {
        return Optional.of(ToolResult.error(tool, slug.get(), detail(t)));
      }
    }
    return Optional.empty();
  }

  private static String detail(Throwable failure) {
    if (failure instanceof UnknownCategoryException e) {
      return "category: no category has the slug '" + e.slug() + "' (list_categories names them)";
    }
    return failure.getMessage() == null ? "Refused." : failure.getMessage();
  }

  static String cart(CartException.Kind kind) {
    return switch (kind) {
      case VARIANT_NOT_FOUND -> VARIANT_NOT_FOUND;
      case VARIANT_UNAVAILABLE -> "variant-unavailable";
      case OUT_OF_STOCK -> "out-of-stock";
      case INSUFFICIENT_STOCK -> "insufficient-stock";
      case QUANTITY_LIMIT -> "quantity-limit";
      case LINE_NOT_FOUND -> "cart-line-not-found";
      case CART_CHANGED -> "cart-changed";
      case ACCOUNT_NOT_FOUND -> "unauthorized";
    };
  }

  static String checkout(CheckoutException.Kind kind) {
    return switch (kind) {
      case INSUFFICIENT_BALANCE -> "insufficient-gift-card-balance";
      case ACCOUNT_NOT_FOUND -> "unauthorized";
      default -> kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    };
  }

  static String confirmation(ConfirmationException.Kind kind) {
    return switch (kind) {
      case NOT_FOUND -> CONFIRMATION_NOT_FOUND;
      case EXPIRED -> "confirmation-expired";
      case WRONG_ACTION -> CONFIRMATION_MISMATCH;
    };
  }

  static String orderCare(OrderCareException.Rule rule) {
    return rule == OrderCareException.Rule.ORDER_NOT_FOUND
        ? NOT_FOUND
        : rule.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  static String account(AccountRuleException exception) {
    if (exception instanceof UnknownCustomerException) {
      return "unauthorized";
    }
    if (exception instanceof AddressLabelTakenException) {
      return "address-label-taken";
    }
    if (exception instanceof GiftCardNotAddableException) {
      return "gift-card-not-addable";
    }
    if (exception instanceof GiftCardHasBalanceException) {
      return "gift-card-has-balance";
    }
    if (exception instanceof NoDefaultAddressException) {
      return "no-default-address";
    }
    if (exception instanceof DefaultAddressChangedException) {
      return "default-address-changed";
    }
    return "account-rule-violated";
  }
}
