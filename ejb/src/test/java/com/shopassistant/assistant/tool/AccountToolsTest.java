package com.shopassistant.assistant.tool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.shopassistant.confirmation.IssuedConfirmation;
import com.shopassistant.customer.Address;
import com.shopassistant.customer.AddressLabelTakenException;
import com.shopassistant.customer.DefaultAddressQuote;
import com.shopassistant.customer.NoDefaultAddressException;
import com.shopassistant.customer.PostalAddress;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AccountToolsTest {

  private static final OffsetDateTime EXPIRES =
      OffsetDateTime.of(2026, 11, 27, 10, 15, 0, 0, ZoneOffset.UTC);
  private static final PostalAddress OFFICE =
      new PostalAddress("1 Market St", null, "San Francisco", "CA", "94105", "USA");

  private final Tools tools = new Tools();
  private final Entities store = new Entities();

  @Test
  void addressesAreOneLineEachWithTheDefaultMarked() {
    Address home = Entities.withId(store.customer.addAddress("home", Entities.HOME, false), 1L);
    Address office = Entities.withId(store.customer.addAddress("office", OFFICE, false), 2L);
    when(tools.addresses.list(Tools.CUSTOMER)).thenReturn(List.of(home, office));

    ToolResult result = tools.run("list_addresses", Map.of());

    assertThat(result.data())
        .isEqualTo(
            Map.of(
                "addresses",
                List.of(
                    Map.of(
                        "id",
                        1L,
                        "label",
                        "home",
                        "address",
                        "215 River Road, Suite 991, New York, NY, 10083, USA",
                        "default",
                        true),
                    Map.of(
                        "id",
                        2L,
                        "label",
                        "office",
                        "address",
                        "1 Market St, San Francisco, CA, 94105, USA"))));
  }

  @Test
  void addAddressSavesWhatTheModelSentForTheCaller() throws Exception {
    Address saved = Entities.withId(store.customer.addAddress("office", OFFICE, true), 3L);
    when(tools.addresses.add(anyLong(), any(), any(), anyBoolean())).thenReturn(saved);

    ToolResult result =
        tools.run(
            "add_address",
            Map.of(
                "label", "office",
                "address1", "1 Market St",
                "city", "San Francisco",
                "state", "CA",
                "zip", 94105,
                "country", "USA",
                "make_default", "true"));

    verify(tools.addresses).add(Tools.CUSTOMER, "office", OFFICE, true);
    assertThat(result.data()).containsEntry("id", 3L).containsEntry("label", "office");
  }

  @Test
  void anAddressWithoutItsRequiredPartsIsRefusedBeforeSaving() {
    assertThat(tools.run("add_address", Map.of("address1", "1 Main St", "country", "USA")).data())
        .containsEntry("detail", "city is required");
    assertThat(
            tools
                .run(
                    "add_address",
                    Map.of("address1", "x", "city", "y", "country", "z", "zip", "1".repeat(21)))
                .data())
        .containsEntry("detail", "zip must be at most 20 characters");
    verifyNoInteractions(tools.addresses);
  }

  @Test
  void aTakenLabelIsTheApiSlug() throws Exception {
    when(tools.addresses.add(anyLong(), any(), any(), anyBoolean()))
        .thenThrow(new AddressLabelTakenException("home"));

    ToolResult result =
        tools.run(
            "add_address", Map.of("label", "home", "address1", "x", "city", "y", "country", "z"));

    assertThat(result.data()).containsEntry("error", "address-label-taken");
  }

  @Test
  void paymentMethodsShowACardsBrandAndAGiftCardsBalance() {
    when(tools.paymentMethods.list(Tools.CUSTOMER))
        .thenReturn(List.of(store.card, store.gift, store.paypal));

    ToolResult result = tools.run("list_payment_methods", Map.of());

    assertThat(Tools.list(result.data().get("payment_methods")))
        .containsExactly(
            Map.of(
                "id",
                11L,
                "code",
                "credit_card_1",
                "kind",
                "CREDIT_CARD",
                "description",
                "visa ending 4242",
                "default",
                true),
            Map.of("id", 13L, "code", "gift_card_1", "kind", "GIFT_CARD", "balance", "80.00"),
            Map.of("id", 12L, "code", "paypal_1", "kind", "PAYPAL"));
  }

  @Test
  void changingTheDefaultAddressIsAQuoteWaitingForTheCustomersYes() throws Exception {
    when(tools.defaultAddress.quote(eq(Tools.CUSTOMER), any()))
        .thenReturn(
            new DefaultAddressQuote(
                1L, "home", Entities.HOME, OFFICE, new IssuedConfirmation("cf_addr", EXPIRES)));

    ToolResult result =
        tools.run(
            "change_default_address",
            Map.of(
                "address1",
                "1 Market St",
                "city",
                "San Francisco",
                "state",
                "CA",
                "zip",
                "94105",
                "country",
                "USA"));

    verify(tools.defaultAddress).quote(Tools.CUSTOMER, OFFICE);
    assertThat(result.ok()).isTrue();
    assertThat(result.data())
        .containsEntry("label", "home")
        .containsEntry("new_address", "1 Market St, San Francisco, CA, 94105, USA")
        .containsEntry("confirmation_token", "cf_addr")
        .containsEntry("expires_at", "2026-11-27T10:15:00Z")
        .containsEntry("needs_confirmation", true)
        .containsEntry("instruction", Pending.INSTRUCTION);
    assertThat(result.pending())
        .isEqualTo(
            new PendingAction(
                "cf_addr",
                "CHANGE_DEFAULT_ADDRESS",
                "Change your default address \"home\" to: 1 Market St, San Francisco, CA, 94105,"
                    + " USA",
                EXPIRES));
  }

  @Test
  void anEmptyAddressBookHasNoDefaultToChange() throws Exception {
    when(tools.defaultAddress.quote(anyLong(), any())).thenThrow(new NoDefaultAddressException());

    ToolResult result =
        tools.run("change_default_address", Map.of("address1", "x", "city", "y", "country", "z"));

    assertThat(result.data()).containsEntry("error", "no-default-address");
    assertThat(result.pending()).isNull();
  }
}
