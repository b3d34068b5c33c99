package com.shopassistant.assistant.tool;

import static org.mockito.Mockito.mock;

import com.shopassistant.cart.CartService;
import com.shopassistant.catalog.CatalogItemService;
import com.shopassistant.catalog.CatalogService;
import com.shopassistant.checkout.CheckoutService;
import com.shopassistant.confirmation.ConfirmationService;
import com.shopassistant.customer.AddressBookService;
import com.shopassistant.customer.DefaultAddressService;
import com.shopassistant.customer.PaymentMethodService;
import com.shopassistant.order.OrderHistoryService;
import com.shopassistant.ordercare.OrderCareService;
import com.shopassistant.support.HandoverService;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the tool tests share: every tool set over mocked services, a registry of them, and contexts
 * for a caller whose gate is open, closed, or records what it was asked.
 */
final class Tools {

  static final long CUSTOMER = 42L;
  static final String CONVERSATION = "3f2c8a9e-0000-4000-8000-000000000001";

  final CatalogService catalog = mock(CatalogService.class);
  final CatalogItemService items = mock(CatalogItemService.class);
  final CartService carts = mock(CartService.class);
  final AddressBookService addresses = mock(AddressBookService.class);
  final PaymentMethodService paymentMethods = mock(PaymentMethodService.class);
  final DefaultAddressService defaultAddress = mock(DefaultAddressService.class);
  final CheckoutService checkout = mock(CheckoutService.class);
  final OrderHistoryService orders = mock(OrderHistoryService.class);
  final OrderCareService care = mock(OrderCareService.class);
  final ConfirmationService confirmations = mock(ConfirmationService.class);
  final HandoverService handovers = mock(HandoverService.class);

  final List<String> gateAsked = new ArrayList<>();

  /** A field of a result read as an object. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> object(Object value) {
    return (Map<String, Object>) value;
  }

  /** A field of a result read as a list. */
  @SuppressWarnings("unchecked")
  static List<Object> list(Object value) {
    return (List<Object>) value;
  }

  List<ToolSet> sets() {
    return List.of(
        new CatalogTools(catalog, items),
        new CartTools(carts),
        new AccountTools(addresses, paymentMethods, defaultAddress),
        new CheckoutTools(checkout, orders),
        new OrderTools(orders),
        new OrderCareTools(care, confirmations, defaultAddress),
        new SupportTools(handovers));
  }

  ToolRegistry registry() {
    return new ToolRegistry(sets(), null);
  }

  /** Runs through the registry, as the chat loop does: compressed, never thrown. */
  ToolResult run(String tool, Map<String, Object> arguments) {
    return registry().run(tool, arguments, context(false));
  }

  ToolResult runConfirmed(String tool, Map<String, Object> arguments) {
    return registry().run(tool, arguments, context(true));
  }

  /** A turn of {@link #CUSTOMER} whose gate answers {@code allows} and records each token. */
  ToolContext context(boolean allows) {
    return new ToolContext(
        CUSTOMER,
        CONVERSATION,
        "en",
        token -> {
          gateAsked.add(token);
          return allows;
        });
  }
}
