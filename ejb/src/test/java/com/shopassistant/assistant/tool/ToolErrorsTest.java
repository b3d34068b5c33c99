package com.shopassistant.assistant.tool;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopassistant.cart.CartException;
import com.shopassistant.checkout.CheckoutException;
import com.shopassistant.checkout.VoucherException;
import com.shopassistant.confirmation.ConfirmationException;
import com.shopassistant.customer.GiftCardHasBalanceException;
import com.shopassistant.customer.UnknownCustomerException;
import com.shopassistant.ordercare.OrderCareException;
import jakarta.ejb.EJBException;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Spot checks; the web module's ToolErrorSlugsTest holds every kind against the REST mappers. */
class ToolErrorsTest {

  @Test
  void slugsAreTheApisProblemTypes() {
    assertThat(ToolErrors.slugOf(new CartException(CartException.Kind.LINE_NOT_FOUND, "m")))
        .contains("cart-line-not-found");
    assertThat(
            ToolErrors.slugOf(
                new CheckoutException(CheckoutException.Kind.INSUFFICIENT_BALANCE, "m")))
        .contains("insufficient-gift-card-balance");
    assertThat(
            ToolErrors.slugOf(
                new VoucherException(VoucherException.Kind.CUSTOMER_LIMIT_REACHED, "m")))
        .contains("voucher-customer-limit-reached");
    assertThat(
            ToolErrors.slugOf(
                new ConfirmationException(ConfirmationException.Kind.WRONG_ACTION, "m")))
        .contains("confirmation-mismatch");
    assertThat(
            ToolErrors.slugOf(new OrderCareException(OrderCareException.Rule.ORDER_NOT_FOUND, "m")))
        .contains("not-found");
    assertThat(ToolErrors.slugOf(new GiftCardHasBalanceException("g", BigDecimal.TEN)))
        .contains("gift-card-has-balance");
    assertThat(ToolErrors.slugOf(new UnknownCustomerException(1))).contains("unauthorized");
    assertThat(ToolErrors.slugOf(new IllegalStateException())).isEmpty();
  }

  @Test
  void aRefusalWrappedByTheContainerIsStillFound() {
    EJBException wrapped =
        new EJBException(new CartException(CartException.Kind.CART_CHANGED, "Try again."));

    assertThat(ToolErrors.refusal("view_cart", wrapped))
        .map(ToolResult::data)
        .contains(Map.of("error", "cart-changed", "detail", "Try again."));
  }

  @Test
  void anythingElseIsNoRefusal() {
    assertThat(ToolErrors.refusal("t", new RuntimeException(new IllegalStateException())))
        .isEmpty();
  }
}
