package com.shopassistant.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopassistant.api.ProblemAnswer;
import com.shopassistant.assistant.tool.ToolErrors;
import com.shopassistant.cart.CartException;
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
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The assistant's tools answer a refusal with the same slug the REST API's exception mapper gives
 * the same exception (docs/assistant-tools.md promises it): every kind of every business exception,
 * the tools' {@code ToolErrors} against the web module's mappers.
 */
class ToolErrorSlugsTest {

  /** The slug a mapper's (package-private) {@code answerFor} gives {@code argument}. */
  private static String apiSlug(String mapper, Class<?> parameter, Object argument)
      throws Exception {
    Method answerFor = Class.forName(mapper).getDeclaredMethod("answerFor", parameter);
    answerFor.setAccessible(true);
    return ((ProblemAnswer) answerFor.invoke(null, argument)).slug();
  }

  @Test
  void cartRefusals() throws Exception {
    for (CartException.Kind kind : CartException.Kind.values()) {
      assertThat(ToolErrors.slugOf(new CartException(kind, "m")))
          .as(kind.name())
          .contains(
              apiSlug(
                  "com.shopassistant.cart.CartExceptionMapper", CartException.Kind.class, kind));
    }
  }

  @Test
  void checkoutRefusals() throws Exception {
    for (CheckoutException.Kind kind : CheckoutException.Kind.values()) {
      assertThat(ToolErrors.slugOf(new CheckoutException(kind, "m")))
          .as(kind.name())
          .contains(
              apiSlug(
                  "com.shopassistant.checkout.CheckoutExceptionMapper",
                  CheckoutException.Kind.class,
                  kind));
    }
  }

  @Test
  void voucherRefusals() throws Exception {
    for (VoucherException.Kind kind : VoucherException.Kind.values()) {
      assertThat(ToolErrors.slugOf(new VoucherException(kind, "m")))
          .as(kind.name())
          .contains(
              apiSlug(
                  "com.shopassistant.checkout.VoucherExceptionMapper",
                  VoucherException.Kind.class,
                  kind));
    }
  }

  @Test
  void orderCareRefusals() throws Exception {
    for (OrderCareException.Rule rule : OrderCareException.Rule.values()) {
      assertThat(ToolErrors.slugOf(new OrderCareException(rule, "m")))
          .as(rule.name())
          .contains(
              apiSlug(
                  "com.shopassistant.ordercare.OrderCareExceptionMapper",
                  OrderCareException.Rule.class,
                  rule));
    }
  }

  @Test
  void accountRefusals() throws Exception {
    List<AccountRuleException> refusals =
        List.of(
            new AddressLabelTakenException("home"),
            new GiftCardNotAddableException(),
            new GiftCardHasBalanceException("gift_card_1", BigDecimal.ONE),
            new NoDefaultAddressException(),
            new DefaultAddressChangedException("home", "office"));
    for (AccountRuleException refusal : refusals) {
      assertThat(ToolErrors.slugOf(refusal))
          .as(refusal.getClass().getSimpleName())
          .contains(
              apiSlug(
                  "com.shopassistant.customer.AccountRuleExceptionMapper",
                  AccountRuleException.class,
                  refusal));
    }
    // The mapper answers this one before answerFor: a token whose account is gone.
    assertThat(ToolErrors.slugOf(new UnknownCustomerException(1))).contains("unauthorized");
  }

  @Test
  void confirmationRefusalsAsDocumented() {
    // ConfirmationExceptionMapper builds its Response directly; the types are docs/problems.md's.
    Map<ConfirmationException.Kind, String> documented =
        Map.of(
            ConfirmationException.Kind.NOT_FOUND, "confirmation-not-found",
            ConfirmationException.Kind.EXPIRED, "confirmation-expired",
            ConfirmationException.Kind.WRONG_ACTION, "confirmation-mismatch");
    documented.forEach(
        (kind, slug) ->
            assertThat(ToolErrors.slugOf(new ConfirmationException(kind, "m")))
                .as(kind.name())
                .contains(slug));
  }
}
