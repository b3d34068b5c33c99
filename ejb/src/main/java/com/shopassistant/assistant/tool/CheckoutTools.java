package com.shopassistant.assistant.tool;

import static com.shopassistant.assistant.tool.ToolParameter.Type.INTEGER;
import static com.shopassistant.assistant.tool.ToolParameter.Type.STRING;

import com.shopassistant.cart.CartContents;
import com.shopassistant.checkout.CheckoutQuote;
import com.shopassistant.checkout.CheckoutRequest;
import com.shopassistant.checkout.CheckoutService;
import com.shopassistant.checkout.PlacedOrder;
import com.shopassistant.confirmation.ConfirmableAction;
import com.shopassistant.order.CustomerOrder;
import com.shopassistant.order.OrderHistoryService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checkout in two steps. {@code quote_checkout} prices the cart for an address and payment method
 * and answers a pending action; {@code confirm_checkout} places the order only when the gate says
 * the customer said yes to that token in this turn, with an idempotency key derived from the token
 * ({@link IdempotencyKeys}), so a repeated confirm answers the same order.
 */
@ApplicationScoped
public class CheckoutTools implements ToolSet {

  @Inject CheckoutService checkout;
  @Inject OrderHistoryService orders;

  /** For CDI. */
  protected CheckoutTools() {}

  CheckoutTools(CheckoutService checkout, OrderHistoryService orders) {
    this.checkout = checkout;
    this.orders = orders;
  }

  @Override
  public List<ShopTool> tools() {
    return List.of(
        AdapterTool.reading(
            new ToolDeclaration(
                "quote_checkout",
                "Quote checking out the cart; omitted ids mean the defaults.",
                List.of(
                    ToolParameter.optional("address_id", INTEGER, ""),
                    ToolParameter.optional("payment_method_id", INTEGER, ""),
                    ToolParameter.optional("voucher_code", STRING, ""))),
            this::quote),
        AdapterTool.writing(
            new ToolDeclaration(
                "confirm_checkout",
                "Place the quoted order after the customer's explicit yes.",
                List.of(ToolParameter.required("confirmation_token", STRING, ""))),
            this::confirm));
  }

  private ToolResult quote(ToolArguments arguments, ToolContext context) throws Exception {
    CheckoutRequest request =
        new CheckoutRequest(
            Args.optionalId(arguments, "address_id"),
            Args.optionalId(arguments, "payment_method_id"),
            Args.optionalText(arguments, "voucher_code", Args.MAX_CODE));
    CheckoutQuote quote = checkout.quote(context.customerId(), request);
    return Pending.result(
        "quote_checkout",
        figures(quote),
        ConfirmableAction.CHECKOUT,
        quote.confirmationToken(),
        quote.expiresAt(),
        summary(quote, context));
  }

  /** The lines, the money (a voucher's discount and shipping only when there are any), where to. */
  private static Fields figures(CheckoutQuote quote) {
    CartContents cart = quote.cart();
    Fields figures =
        Fields.of()
            .list("lines", cart.lines().stream().map(CheckoutTools::line).toList())
            .put("items", cart.itemCount());
    if (cart.voucher() != null) {
      figures
          .money("subtotal", cart.subtotal())
          .money("discount", cart.discount())
          .put("voucher", cart.voucher().code());
    }
    if (quote.shipping().signum() != 0) {
      figures.money("shipping", quote.shipping());
    }
    return figures
        .money("total", quote.total())
        .put("currency", cart.currency())
        .put(
            "ship_to",
            quote.shippingAddress().getLabel() + ": " + quote.shippingAddress().getPostalAddress())
        .put(
            "pay_with",
            AccountTools.describe(quote.paymentMethod())
                + " ("
                + quote.paymentMethod().getCode()
                + ")");
  }

  private static String summary(CheckoutQuote quote, ToolContext context) {
    int items = quote.cart().itemCount();
    String total = quote.cart().currency() + " " + ToolResultCompressor.money(quote.total());
    String shipTo = quote.shippingAddress().getLabel();
    String payWith = AccountTools.describe(quote.paymentMethod());
    return Say.in(
        context,
        "Place an order of "
            + items
            + " item(s) for "
            + total
            + ", shipped to "
            + shipTo
            + ", paid with "
            + payWith,
        "Buat pesanan "
            + items
            + " barang senilai "
            + total
            + ", dikirim ke "
            + shipTo
            + ", dibayar dengan "
            + payWith);
  }

  private static Map<String, Object> line(CartContents.Line line) {
    return Fields.of()
        .put("item_code", line.itemCode())
        .put("product", line.productName())
        .put("options", ToolResultCompressor.options(line.options()))
        .put("quantity", line.quantity())
        .money("line_total", line.lineTotal())
        .map();
  }

  private ToolResult confirm(ToolArguments arguments, ToolContext context) throws Exception {
    String token = Args.text(arguments, "confirmation_token", Args.MAX_TOKEN);
    if (!context.gate().mayCommit(token)) {
      return ToolResult.error(
          "confirm_checkout",
          ToolErrors.CONFIRMATION_REQUIRED,
          ToolErrors.CONFIRMATION_REQUIRED_DETAIL);
    }
    PlacedOrder placed =
        checkout.confirm(context.customerId(), token, IdempotencyKeys.forToken(token));
    Optional<CustomerOrder> order = orders.find(context.customerId(), placed.orderNumber());
    Fields data = Fields.of().put("order_number", placed.orderNumber());
    order.ifPresent(
        o ->
            data.put("status", o.getStatus())
                .money("total", o.getTotals().getTotal())
                .put("currency", o.getCurrency()));
    data.flag("placed_before", !placed.created());
    return ToolResult.ok(
        "confirm_checkout",
        data.map(),
        (placed.created() ? "Order placed: " : "Order already placed: ") + placed.orderNumber());
  }
}
