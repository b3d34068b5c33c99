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

import com.shopassistant.cart.CartContents;
import com.shopassistant.checkout.CheckoutException;
import com.shopassistant.checkout.CheckoutQuote;
import com.shopassistant.checkout.CheckoutRequest;
import com.shopassistant.checkout.PlacedOrder;
import com.shopassistant.confirmation.ConfirmationException;
import com.shopassistant.customer.Address;
import com.shopassistant.order.CustomerOrder;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class CheckoutToolsTest {

  private static final String TOKEN = "cf_test-token";
  private static final OffsetDateTime EXPIRES =
      OffsetDateTime.of(2026, 11, 27, 10, 15, 0, 0, ZoneOffset.UTC);

  private final Tools tools = new Tools();
  private final Entities store = new Entities();

  private CheckoutQuote quote() {
    BigDecimal price = new BigDecimal("47.84");
    CartContents.Line line =
        new CartContents.Line(
            1L,
            2L,
            "6469567736",
            "8310926033",
            "Desk Lamp",
            new TreeMap<>(Map.of("color", "white")),
            price,
            2,
            new BigDecimal("95.68"),
            9,
            true);
    CartContents cart =
        new CartContents(
            List.of(line),
            2,
            new BigDecimal("95.68"),
            new BigDecimal("0.00"),
            new BigDecimal("95.68"),
            "USD",
            null);
    Address home = Entities.withId(store.customer.addAddress("home", Entities.HOME, true), 5L);
    return new CheckoutQuote(
        cart, new BigDecimal("0.00"), new BigDecimal("95.68"), home, store.card, TOKEN, EXPIRES);
  }

  @Test
  void aQuoteAnswersTheFiguresAndATokenWaitingForYes() throws Exception {
    when(tools.checkout.quote(anyLong(), any())).thenReturn(quote());

    ToolResult result =
        tools.run(
            "quote_checkout",
            Map.of("address_id", 5, "payment_method_id", "11", "voucher_code", "SAVE10"));

    verify(tools.checkout).quote(Tools.CUSTOMER, new CheckoutRequest(5L, 11L, "SAVE10"));
    assertThat(result.data())
        .containsEntry("items", 2)
        .containsEntry("total", "95.68")
        .containsEntry("currency", "USD")
        .containsEntry("ship_to", "home: 215 River Road, Suite 991, New York, NY, 10083, USA")
        .containsEntry("pay_with", "visa ending 4242 (credit_card_1)")
        .containsEntry("confirmation_token", TOKEN)
        .containsEntry("expires_at", "2026-11-27T10:15:00Z")
        .containsEntry("needs_confirmation", true)
        .containsEntry("instruction", "Show this to the customer and ask for an explicit yes.")
        .doesNotContainKeys("shipping", "discount", "voucher");
    assertThat(result.pending().token()).isEqualTo(TOKEN);
    assertThat(result.pending().action()).isEqualTo("CHECKOUT");
    assertThat(result.pending().expiresAt()).isEqualTo(EXPIRES);
    assertThat(result.pending().summary())
        .isEqualTo(
            "Place an order of 2 item(s) for USD 95.68, shipped to home, paid with visa ending"
                + " 4242");
  }

  @Test
  void theConfirmationCardSpeaksTheTurnsLanguage() throws Exception {
    when(tools.checkout.quote(anyLong(), any())).thenReturn(quote());
    ToolContext indonesian = new ToolContext(Tools.CUSTOMER, Tools.CONVERSATION, "id", t -> false);

    ToolResult result = tools.registry().run("quote_checkout", Map.of(), indonesian);

    assertThat(result.pending().summary()).startsWith("Buat pesanan 2 barang senilai USD 95.68");
  }

  @Test
  void omittedIdsAskForTheDefaults() throws Exception {
    when(tools.checkout.quote(anyLong(), any())).thenReturn(quote());

    tools.run("quote_checkout", Map.of());

    verify(tools.checkout).quote(Tools.CUSTOMER, new CheckoutRequest(null, null, null));
  }

  @Test
  void anEmptyCartIsTheApiSlug() throws Exception {
    when(tools.checkout.quote(anyLong(), any()))
        .thenThrow(new CheckoutException(CheckoutException.Kind.CART_EMPTY, "Your cart is empty."));

    ToolResult result = tools.run("quote_checkout", Map.of());

    assertThat(result.data()).containsEntry("error", "cart-empty");
    assertThat(result.pending()).isNull();
  }

  @Test
  void confirmWithoutTheCustomersYesCommitsNothing() {
    ToolResult result = tools.run("confirm_checkout", Map.of("confirmation_token", TOKEN));

    assertThat(result.ok()).isFalse();
    assertThat(result.data())
        .containsEntry("error", "confirmation-required")
        .containsEntry(
            "detail",
            "The customer has not confirmed yet: show what will happen and ask for an explicit"
                + " yes.");
    assertThat(tools.gateAsked).containsExactly(TOKEN);
    verifyNoInteractions(tools.checkout, tools.orders);
  }

  @Test
  void confirmAfterYesPlacesTheOrderWithAKeyDerivedFromTheToken() throws Exception {
    when(tools.checkout.confirm(Tools.CUSTOMER, TOKEN, "chat-102e0c2ef6863511591204d16c7788f7"))
        .thenReturn(new PlacedOrder("#S00000001", true));
    CustomerOrder order = store.pendingOrder();
    when(tools.orders.find(Tools.CUSTOMER, "#S00000001")).thenReturn(Optional.of(order));

    ToolResult result = tools.runConfirmed("confirm_checkout", Map.of("confirmation_token", TOKEN));

    assertThat(result.data())
        .isEqualTo(
            Map.of(
                "order_number",
                "#S00000001",
                "status",
                "PENDING",
                "total",
                "47.84",
                "currency",
                "USD"));
    assertThat(result.summary()).isEqualTo("Order placed: #S00000001");
  }

  @Test
  void aRepeatedConfirmSendsTheSameKeyAndSaysTheOrderWasPlacedBefore() throws Exception {
    when(tools.checkout.confirm(eq(Tools.CUSTOMER), eq(TOKEN), anyString()))
        .thenReturn(new PlacedOrder("#S00000001", true), new PlacedOrder("#S00000001", false));
    when(tools.orders.find(anyLong(), anyString())).thenReturn(Optional.empty());

    tools.runConfirmed("confirm_checkout", Map.of("confirmation_token", TOKEN));
    ToolResult again = tools.runConfirmed("confirm_checkout", Map.of("confirmation_token", TOKEN));

    verify(tools.checkout, org.mockito.Mockito.times(2))
        .confirm(Tools.CUSTOMER, TOKEN, IdempotencyKeys.forToken(TOKEN));
    assertThat(again.data()).containsEntry("placed_before", true);
  }

  @Test
  void anExpiredTokenIsTheApiSlug() throws Exception {
    when(tools.checkout.confirm(anyLong(), anyString(), anyString()))
        .thenThrow(
            new ConfirmationException(ConfirmationException.Kind.EXPIRED, "This token expired."));

    ToolResult result = tools.runConfirmed("confirm_checkout", Map.of("confirmation_token", TOKEN));

    assertThat(result.data()).containsEntry("error", "confirmation-expired");
    verify(tools.orders, never()).find(anyLong(), anyString());
  }
}
