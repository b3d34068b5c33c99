package com.shopassistant.assistant.tool;

import static com.shopassistant.assistant.tool.ToolParameter.Type.INTEGER;
import static com.shopassistant.assistant.tool.ToolParameter.Type.STRING;

import com.shopassistant.cart.CartContents;
import com.shopassistant.cart.CartService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;

/**
 * The caller's cart as tools: read it, add an item, change or remove a line, empty it, put a
 * voucher on or take it off. Every change answers the cart as it is afterwards, so the model never
 * needs a second call to see the totals.
 */
@ApplicationScoped
public class CartTools implements ToolSet {

  @Inject CartService carts;

  /** For CDI. */
  protected CartTools() {}

  CartTools(CartService carts) {
    this.carts = carts;
  }

  private static final ToolParameter LINE_ID = ToolParameter.required("line_id", INTEGER, "");

  private static final ToolDeclaration VIEW =
      new ToolDeclaration("view_cart", "The customer's cart and totals.", List.of());
  private static final ToolDeclaration ADD =
      new ToolDeclaration(
          "add_to_cart",
          "Add units of an item (variant) to the cart.",
          List.of(
              ToolParameter.required("item_code", STRING, ""),
              ToolParameter.optional("quantity", INTEGER, "default 1")));
  private static final ToolDeclaration UPDATE =
      new ToolDeclaration(
          "update_cart_line",
          "Set the quantity of a cart line.",
          List.of(LINE_ID, ToolParameter.required("quantity", INTEGER, "")));
  private static final ToolDeclaration REMOVE =
      new ToolDeclaration("remove_cart_line", "Remove a cart line.", List.of(LINE_ID));
  private static final ToolDeclaration CLEAR =
      new ToolDeclaration("clear_cart", "Empty the cart.", List.of());
  private static final ToolDeclaration APPLY_VOUCHER =
      new ToolDeclaration(
          "apply_voucher",
          "Put a voucher code on the cart.",
          List.of(ToolParameter.required("code", STRING, "")));
  private static final ToolDeclaration REMOVE_VOUCHER =
      new ToolDeclaration("remove_voucher", "Take the voucher off the cart.", List.of());

  /** One call of the cart service for the caller; every cart tool answers the cart it returns. */
  @FunctionalInterface
  private interface CartCall {
    CartContents apply(ToolArguments arguments, long customerId) throws Exception;
  }

  @Override
  public List<ShopTool> tools() {
    return List.of(
        AdapterTool.reading(VIEW, body(VIEW, (a, customer) -> carts.view(customer))),
        AdapterTool.writing(
            ADD,
            body(
                ADD,
                (a, customer) ->
                    carts.addItem(
                        customer,
                        Args.text(a, "item_code", Args.MAX_CODE),
                        Args.quantity(a, "quantity", 1)))),
        AdapterTool.writing(
            UPDATE,
            body(
                UPDATE,
                (a, customer) ->
                    carts.changeQuantity(
                        customer, Args.id(a, "line_id"), Args.quantity(a, "quantity", null)))),
        AdapterTool.writing(
            REMOVE,
            body(REMOVE, (a, customer) -> carts.removeLine(customer, Args.id(a, "line_id")))),
        AdapterTool.writing(CLEAR, body(CLEAR, (a, customer) -> carts.clear(customer))),
        AdapterTool.writing(
            APPLY_VOUCHER,
            body(
                APPLY_VOUCHER,
                (a, customer) ->
                    carts.applyVoucher(customer, Args.text(a, "code", Args.MAX_CODE)))),
        AdapterTool.writing(
            REMOVE_VOUCHER, body(REMOVE_VOUCHER, (a, customer) -> carts.removeVoucher(customer))));
  }

  private static AdapterTool.Body body(ToolDeclaration declaration, CartCall call) {
    return (arguments, context) ->
        answer(declaration.name(), call.apply(arguments, context.customerId()));
  }

  private static ToolResult answer(String tool, CartContents cart) {
    return ToolResult.ok(
        tool,
        cart(cart),
        "Cart: "
            + cart.itemCount()
            + (cart.itemCount() == 1 ? " item" : " items")
            + ", total "
            + ToolResultCompressor.money(cart.total()));
  }

  /**
   * A cart as the model reads it: the lines, the units, the total; with a voucher also the
   * subtotal, the discount and whether the voucher applies (and why not).
   */
  static Map<String, Object> cart(CartContents cart) {
    Fields data =
        Fields.of()
            .list("lines", cart.lines().stream().map(CartTools::line).toList())
            .put("items", cart.itemCount());
    CartContents.AppliedVoucher voucher = cart.voucher();
    if (voucher != null) {
      data.money("subtotal", cart.subtotal())
          .money("discount", cart.discount())
          .put(
              "voucher",
              Fields.of()
                  .put("code", voucher.code())
                  .put("applies", voucher.applies())
                  .put("reason", voucher.reason())
                  .map());
    }
    return data.money("total", cart.total()).put("currency", cart.currency()).map();
  }

  private static Map<String, Object> line(CartContents.Line line) {
    Fields fields =
        Fields.of()
            .put("line_id", line.id())
            .put("item_code", line.itemCode())
            .put("product", line.productName())
            .put("options", ToolResultCompressor.options(line.options()))
            .put("quantity", line.quantity())
            .money("unit_price", line.unitPrice())
            .money("line_total", line.lineTotal());
    if (!line.purchasable()) {
      fields.put("purchasable", false).put("available_stock", line.availableStock());
    }
    return fields.map();
  }
}
