package com.shopassistant.assistant.tool;

import static com.shopassistant.assistant.tool.ToolParameter.Type.STRING;

import com.shopassistant.confirmation.ConfirmableAction;
import com.shopassistant.confirmation.ConfirmationService;
import com.shopassistant.confirmation.ConfirmationTarget;
import com.shopassistant.customer.Address;
import com.shopassistant.customer.DefaultAddressService;
import com.shopassistant.order.CustomerOrder;
import com.shopassistant.ordercare.CareRequest;
import com.shopassistant.ordercare.OrderCareQuote;
import com.shopassistant.ordercare.OrderCareService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Order care as tools, in two steps: each quoting tool plans one change of one of the caller's
 * orders (cancel, ship elsewhere, switch items, pay otherwise, return, exchange) and answers a
 * pending action; {@code confirm_order_change} commits whichever change a token was issued for —
 * these or the default address of {@link AccountTools} — once the gate says the customer said yes.
 */
@ApplicationScoped
public class OrderCareTools implements ToolSet {

  static final String CONFIRM = "confirm_order_change";

  @Inject OrderCareService care;
  @Inject ConfirmationService confirmations;
  @Inject DefaultAddressService defaultAddress;

  /** For CDI. */
  protected OrderCareTools() {}

  OrderCareTools(
      OrderCareService care,
      ConfirmationService confirmations,
      DefaultAddressService defaultAddress) {
    this.care = care;
    this.confirmations = confirmations;
    this.defaultAddress = defaultAddress;
  }

  private static final ToolParameter METHOD =
      ToolParameter.required("payment_method_code", STRING, "");

  @Override
  public List<ShopTool> tools() {
    List<ShopTool> tools = new ArrayList<>(pendingOrderTools());
    tools.addAll(deliveredOrderTools());
    tools.add(
        AdapterTool.writing(
            new ToolDeclaration(
                CONFIRM,
                "Commit a quoted order or address change after the customer's explicit yes.",
                List.of(ToolParameter.required("confirmation_token", STRING, ""))),
            this::confirm));
    return tools;
  }

  private List<ShopTool> pendingOrderTools() {
    return List.of(
        quoting(
            "cancel_pending_order",
            "Quote cancelling a pending order.",
            List.of(
                ToolParameter.oneOf(
                    "reason", true, "", List.of("no longer needed", "ordered by mistake"))),
            a -> new CareRequest.Cancel(Args.text(a, "reason", 100).toLowerCase(Locale.ROOT))),
        quoting(
            "modify_pending_order_address",
            "Quote shipping a pending order elsewhere.",
            Args.addressParameters(),
            a -> new CareRequest.ShippingAddress(Args.postalAddress(a))),
        quoting(
            "modify_pending_order_items",
            "Quote switching items of a pending order to other options (once per order).",
            List.of(swaps(), METHOD),
            a -> new CareRequest.ModifyItems(swaps(a), methodCode(a))),
        quoting(
            "modify_pending_order_payment",
            "Quote paying a pending order with another method.",
            List.of(METHOD),
            a -> new CareRequest.Payment(methodCode(a))));
  }

  private List<ShopTool> deliveredOrderTools() {
    return List.of(
        quoting(
            "return_delivered_order_items",
            "Quote returning items of a delivered order, refunded to its payer or a gift card.",
            List.of(
                ToolParameter.arrayOf(
                    "item_codes", true, "", ToolParameter.required("item_code", STRING, "")),
                METHOD),
            a -> new CareRequest.Return(Args.codes(a, "item_codes"), methodCode(a), null)),
        quoting(
            "exchange_delivered_order_items",
            "Quote exchanging items of a delivered order for other options.",
            List.of(swaps(), METHOD),
            a -> new CareRequest.Exchange(swaps(a), methodCode(a), null)));
  }

  /** How a quoting tool reads its request from the arguments. */
  @FunctionalInterface
  private interface RequestReader {
    CareRequest read(ToolArguments arguments) throws ToolArgumentException;
  }

  private ShopTool quoting(
      String name, String description, List<ToolParameter> parameters, RequestReader reader) {
    List<ToolParameter> all = new ArrayList<>();
    all.add(ToolParameter.required("order_number", STRING, ""));
    all.addAll(parameters);
    return AdapterTool.reading(
        new ToolDeclaration(name, description, all),
        (arguments, context) -> {
          String number = Args.text(arguments, "order_number", 32);
          CareRequest request = reader.read(arguments);
          OrderCareQuote quote = care.quote(context.customerId(), number, request);
          return Pending.result(
              name,
              CareQuotes.figures(quote.plan()),
              request.action(),
              quote.confirmation().token(),
              quote.confirmation().expiresAt(),
              CareQuotes.summary(quote.plan(), context));
        });
  }

  private static ToolParameter swaps() {
    return ToolParameter.arrayOf(
        "swaps",
        true,
        "",
        ToolParameter.object(
            "swap",
            true,
            "",
            List.of(
                ToolParameter.required("item_code", STRING, ""),
                ToolParameter.required("new_item_code", STRING, ""))));
  }

  private static List<CareRequest.Swap> swaps(ToolArguments arguments)
      throws ToolArgumentException {
    List<ToolArguments> given = arguments.objects("swaps");
    if (given.size() > 50) {
      throw new ToolArgumentException("swaps must have at most 50 entries");
    }
    List<CareRequest.Swap> swaps = new ArrayList<>();
    for (ToolArguments swap : given) {
      swaps.add(
          new CareRequest.Swap(
              Args.text(swap, "item_code", Args.MAX_CODE),
              Args.text(swap, "new_item_code", Args.MAX_CODE)));
    }
    return swaps;
  }

  private static String methodCode(ToolArguments arguments) throws ToolArgumentException {
    return Args.text(arguments, "payment_method_code", Args.MAX_CODE);
  }

  private ToolResult confirm(ToolArguments arguments, ToolContext context) throws Exception {
    String token = Args.text(arguments, "confirmation_token", Args.MAX_TOKEN);
    if (!context.gate().mayCommit(token)) {
      return ToolResult.error(
          CONFIRM, ToolErrors.CONFIRMATION_REQUIRED, ToolErrors.CONFIRMATION_REQUIRED_DETAIL);
    }
    Optional<ConfirmationTarget> target = confirmations.target(context.customerId(), token);
    if (target.isEmpty()) {
      return ToolResult.error(
          CONFIRM,
          ToolErrors.CONFIRMATION_NOT_FOUND,
          "No quote of yours has this confirmation token; ask for a new quote.");
    }
    ConfirmableAction action = target.get().action();
    if (action == ConfirmableAction.CHECKOUT) {
      return ToolResult.error(
          CONFIRM,
          ToolErrors.CONFIRMATION_MISMATCH,
          "This token places an order: call confirm_checkout with it.");
    }
    if (action == ConfirmableAction.CHANGE_DEFAULT_ADDRESS) {
      Address changed = defaultAddress.confirm(context.customerId(), token);
      return ToolResult.ok(
          CONFIRM,
          Fields.of().put("default_address", AccountTools.address(changed)).map(),
          "Default address changed");
    }
    CustomerOrder order = care.confirm(context.customerId(), target.get().subject(), action, token);
    return ToolResult.ok(
        CONFIRM, OrderView.of(order), order.getOrderNumber() + " is now " + order.getStatus());
  }
}
