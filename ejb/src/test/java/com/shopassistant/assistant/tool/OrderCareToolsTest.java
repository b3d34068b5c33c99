package com.shopassistant.assistant.tool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.shopassistant.confirmation.ConfirmableAction;
import com.shopassistant.confirmation.ConfirmationTarget;
import com.shopassistant.confirmation.IssuedConfirmation;
import com.shopassistant.customer.Address;
import com.shopassistant.customer.PaymentMethodKind;
import com.shopassistant.order.CustomerOrder;
import com.shopassistant.order.OrderStatus;
import com.shopassistant.ordercare.CarePlan;
import com.shopassistant.ordercare.CareRequest;
import com.shopassistant.ordercare.OrderCareException;
import com.shopassistant.ordercare.OrderCareQuote;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class OrderCareToolsTest {

  private static final String TOKEN = "cf_care";
  private static final OffsetDateTime EXPIRES =
      OffsetDateTime.of(2026, 11, 27, 10, 15, 0, 0, ZoneOffset.UTC);

  private final Tools tools = new Tools();
  private final Entities store = new Entities();

  private static OrderCareQuote cancelQuote() {
    CarePlan plan =
        new CarePlan(
            ConfirmableAction.CANCEL_ORDER,
            "#W1000001",
            OrderStatus.PENDING,
            OrderStatus.CANCELLED,
            "no longer needed",
            Entities.HOME,
            null,
            List.of(),
            null,
            List.of(
                new CarePlan.MoneyMove(
                    CarePlan.Direction.REFUND,
                    new BigDecimal("47.84"),
                    "gift_card_1",
                    PaymentMethodKind.GIFT_CARD,
                    CarePlan.Settlement.IMMEDIATELY,
                    new BigDecimal("127.84"))));
    return new OrderCareQuote(plan, new IssuedConfirmation(TOKEN, EXPIRES));
  }

  private static OrderCareQuote exchangeQuote() {
    CarePlan.ItemChange change =
        new CarePlan.ItemChange(
            1,
            "8310926033",
            "Desk Lamp",
            "6469567736",
            new TreeMap<>(Map.of("color", "white")),
            new BigDecimal("47.84"),
            1,
            "1111111111",
            new TreeMap<>(Map.of("color", "black")),
            new BigDecimal("45.81"),
            new BigDecimal("-2.03"));
    CarePlan plan =
        new CarePlan(
            ConfirmableAction.EXCHANGE_ITEMS,
            "#W1000001",
            OrderStatus.DELIVERED,
            OrderStatus.EXCHANGE_REQUESTED,
            null,
            Entities.HOME,
            null,
            List.of(change),
            new BigDecimal("-2.03"),
            List.of(
                new CarePlan.MoneyMove(
                    CarePlan.Direction.REFUND,
                    new BigDecimal("2.03"),
                    "credit_card_1",
                    PaymentMethodKind.CREDIT_CARD,
                    CarePlan.Settlement.AFTER_ITEMS_RECEIVED,
                    null)));
    return new OrderCareQuote(plan, new IssuedConfirmation(TOKEN, EXPIRES));
  }

  @Test
  void cancellingIsAQuoteWithTheRefundAndAToken() throws Exception {
    when(tools.care.quote(anyLong(), anyString(), any())).thenReturn(cancelQuote());

    ToolResult result =
        tools.run(
            "cancel_pending_order",
            Map.of("order_number", "#W1000001", "reason", "No longer needed"));

    verify(tools.care)
        .quote(Tools.CUSTOMER, "#W1000001", new CareRequest.Cancel("no longer needed"));
    assertThat(result.data())
        .containsEntry("order_number", "#W1000001")
        .containsEntry("status_after", "CANCELLED")
        .containsEntry("cancel_reason", "no longer needed")
        .containsEntry(
            "refunds",
            List.of(
                Map.of(
                    "amount",
                    "47.84",
                    "method",
                    "gift_card_1",
                    "settlement",
                    "IMMEDIATELY",
                    "balance_after",
                    "127.84")))
        .containsEntry("confirmation_token", TOKEN)
        .containsEntry("needs_confirmation", true);
    assertThat(result.pending())
        .isEqualTo(
            new PendingAction(
                TOKEN,
                "CANCEL_ORDER",
                "Cancel order #W1000001 (no longer needed); refund 47.84 to gift_card_1",
                EXPIRES));
  }

  @Test
  void anExchangeReadsItsSwapsAndShowsEachItemBeforeAndAfter() throws Exception {
    when(tools.care.quote(anyLong(), anyString(), any())).thenReturn(exchangeQuote());

    ToolResult result =
        tools.run(
            "exchange_delivered_order_items",
            Map.of(
                "order_number", "#W1000001",
                "swaps", List.of(Map.of("item_code", "6469567736", "new_item_code", "1111111111")),
                "payment_method_code", "credit_card_1"));

    verify(tools.care)
        .quote(
            Tools.CUSTOMER,
            "#W1000001",
            new CareRequest.Exchange(
                List.of(new CareRequest.Swap("6469567736", "1111111111")), "credit_card_1", null));
    assertThat(result.data())
        .containsEntry(
            "items",
            List.of(
                Map.of(
                    "item_code",
                    "6469567736",
                    "product",
                    "Desk Lamp",
                    "options",
                    "color: white",
                    "new_item_code",
                    "1111111111",
                    "new_options",
                    "color: black",
                    "price_difference",
                    "-2.03")))
        .containsEntry("price_difference", "-2.03");
    assertThat(result.pending().action()).isEqualTo("EXCHANGE_ITEMS");
    assertThat(result.pending().summary())
        .isEqualTo("Exchange 1 item(s) of order #W1000001; refund 2.03 to credit_card_1");
  }

  @Test
  void eachQuotingToolAsksForItsOwnKindOfChange() throws Exception {
    when(tools.care.quote(anyLong(), anyString(), any())).thenReturn(cancelQuote());
    Map<String, Object> swap = Map.of("item_code", "A", "new_item_code", "B");

    tools.run(
        "modify_pending_order_items",
        Map.of("order_number", "#W1", "swaps", List.of(swap), "payment_method_code", "paypal_1"));
    tools.run(
        "modify_pending_order_payment",
        Map.of("order_number", "#W1", "payment_method_code", "gift_card_1"));
    tools.run(
        "return_delivered_order_items",
        Map.of("order_number", "#W1", "item_codes", List.of("A", "A"), "payment_method_code", "c"));
    tools.run(
        "modify_pending_order_address",
        Map.of("order_number", "#W1", "address1", "1 Market St", "city", "SF", "country", "USA"));

    verify(tools.care)
        .quote(
            Tools.CUSTOMER,
            "#W1",
            new CareRequest.ModifyItems(List.of(new CareRequest.Swap("A", "B")), "paypal_1"));
    verify(tools.care).quote(Tools.CUSTOMER, "#W1", new CareRequest.Payment("gift_card_1"));
    verify(tools.care)
        .quote(Tools.CUSTOMER, "#W1", new CareRequest.Return(List.of("A", "A"), "c", null));
    verify(tools.care)
        .quote(
            Tools.CUSTOMER,
            "#W1",
            new CareRequest.ShippingAddress(
                new com.shopassistant.customer.PostalAddress(
                    "1 Market St", null, "SF", null, null, "USA")));
  }

  @Test
  void swapsThatAreNotObjectsAreAnArgumentError() {
    ToolResult result =
        tools.run(
            "modify_pending_order_items",
            Map.of("order_number", "#W1", "swaps", List.of("A>B"), "payment_method_code", "p"));

    assertThat(result.data())
        .containsEntry("error", "invalid-argument")
        .containsEntry("detail", "swaps must be a list of objects");
    verifyNoInteractions(tools.care);
  }

  @Test
  void aRefusalOfThePolicyIsTheApiSlug() throws Exception {
    when(tools.care.quote(anyLong(), anyString(), any()))
        .thenThrow(
            new OrderCareException(
                OrderCareException.Rule.ORDER_NOT_PENDING, "Order #W1 is delivered."));

    ToolResult result =
        tools.run(
            "cancel_pending_order", Map.of("order_number", "#W1", "reason", "ordered by mistake"));

    assertThat(result.data())
        .isEqualTo(Map.of("error", "order-not-pending", "detail", "Order #W1 is delivered."));
  }

  @Test
  void confirmWithoutTheCustomersYesCommitsNothing() {
    ToolResult result = tools.run("confirm_order_change", Map.of("confirmation_token", TOKEN));

    assertThat(result.data()).containsEntry("error", "confirmation-required");
    verifyNoInteractions(tools.confirmations, tools.care, tools.defaultAddress);
  }

  @Test
  void confirmCommitsTheOrderChangeTheTokenWasIssuedFor() throws Exception {
    when(tools.confirmations.target(Tools.CUSTOMER, TOKEN))
        .thenReturn(
            Optional.of(new ConfirmationTarget(ConfirmableAction.CANCEL_ORDER, "#W1000001")));
    CustomerOrder order = store.pendingOrder();
    order.cancel("no longer needed");
    when(tools.care.confirm(Tools.CUSTOMER, "#W1000001", ConfirmableAction.CANCEL_ORDER, TOKEN))
        .thenReturn(order);

    ToolResult result =
        tools.runConfirmed("confirm_order_change", Map.of("confirmation_token", TOKEN));

    assertThat(result.data())
        .containsEntry("order_number", "#W1000001")
        .containsEntry("status", "CANCELLED")
        .containsEntry("cancel_reason", "no longer needed");
    assertThat(result.summary()).isEqualTo("#W1000001 is now CANCELLED");
  }

  @Test
  void confirmCommitsADefaultAddressChangeToo() throws Exception {
    when(tools.confirmations.target(Tools.CUSTOMER, TOKEN))
        .thenReturn(
            Optional.of(new ConfirmationTarget(ConfirmableAction.CHANGE_DEFAULT_ADDRESS, null)));
    Address home = Entities.withId(store.customer.addAddress("home", Entities.HOME, true), 1L);
    when(tools.defaultAddress.confirm(Tools.CUSTOMER, TOKEN)).thenReturn(home);

    ToolResult result =
        tools.runConfirmed("confirm_order_change", Map.of("confirmation_token", TOKEN));

    assertThat(result.data())
        .isEqualTo(
            Map.of(
                "default_address",
                Map.of(
                    "id",
                    1L,
                    "label",
                    "home",
                    "address",
                    "215 River Road, Suite 991, New York, NY, 10083, USA",
                    "default",
                    true)));
    verifyNoInteractions(tools.care);
  }

  @Test
  void aCheckoutTokenIsSentToConfirmCheckout() throws Exception {
    when(tools.confirmations.target(Tools.CUSTOMER, TOKEN))
        .thenReturn(Optional.of(new ConfirmationTarget(ConfirmableAction.CHECKOUT, null)));

    ToolResult result =
        tools.runConfirmed("confirm_order_change", Map.of("confirmation_token", TOKEN));

    assertThat(result.data()).containsEntry("error", "confirmation-mismatch");
    verifyNoInteractions(tools.care, tools.defaultAddress, tools.checkout);
  }

  @Test
  void anUnknownTokenIsConfirmationNotFound() throws Exception {
    when(tools.confirmations.target(anyLong(), anyString())).thenReturn(Optional.empty());

    ToolResult result =
        tools.runConfirmed("confirm_order_change", Map.of("confirmation_token", "cf_nope"));

    assertThat(result.data()).containsEntry("error", "confirmation-not-found");
    verify(tools.care, never()).confirm(anyLong(), anyString(), any(), eq("cf_nope"));
  }
}
