package com.shopassistant.assistant.tool;

import static com.shopassistant.assistant.tool.ToolParameter.Type.INTEGER;
import static com.shopassistant.assistant.tool.ToolParameter.Type.STRING;

import com.shopassistant.order.CustomerOrder;
import com.shopassistant.order.OrderHistoryService;
import com.shopassistant.order.OrderPage;
import com.shopassistant.order.OrderSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The caller's order history as tools: a page of orders, one order in full. */
@ApplicationScoped
public class OrderTools implements ToolSet {

  private static final int MAX_PAGE = 1000;

  @Inject OrderHistoryService orders;

  /** For CDI. */
  protected OrderTools() {}

  OrderTools(OrderHistoryService orders) {
    this.orders = orders;
  }

  @Override
  public List<ShopTool> tools() {
    return List.of(
        AdapterTool.reading(
            new ToolDeclaration(
                "list_orders",
                "The customer's orders, newest first, 10 a page.",
                List.of(ToolParameter.optional("page", INTEGER, ""))),
            this::list),
        AdapterTool.reading(
            new ToolDeclaration(
                "get_order_details",
                "One order: status, items, address, payments, shipments.",
                List.of(ToolParameter.required("order_number", STRING, ""))),
            this::details));
  }

  private ToolResult list(ToolArguments arguments, ToolContext context) throws Exception {
    int page = (int) Math.min(MAX_PAGE, Math.max(1, arguments.optionalWhole("page").orElse(1L)));
    OrderPage found = orders.page(context.customerId(), page, ToolResultCompressor.MAX_LIST);
    List<Map<String, Object>> rows = found.items().stream().map(OrderTools::summary).toList();
    long after = found.total() - (long) (page - 1) * found.size() - rows.size();
    Fields data = Fields.of().put("total", found.total()).put("orders", rows);
    if (after > 0) {
      data.put("more_orders", after).put("page", page);
    }
    return ToolResult.ok("list_orders", data.map(), found.total() + " orders");
  }

  private static Map<String, Object> summary(OrderSummary order) {
    return Fields.of()
        .put("order_number", order.orderNumber())
        .put("status", order.status())
        .money("total", order.total())
        .put("placed_at", ToolResultCompressor.day(order.createdAt()))
        .put("items", order.itemCount())
        .map();
  }

  private ToolResult details(ToolArguments arguments, ToolContext context) throws Exception {
    String number = Args.text(arguments, "order_number", 32);
    Optional<CustomerOrder> order = orders.find(context.customerId(), number);
    if (order.isEmpty()) {
      return ToolResult.error(
          "get_order_details", ToolErrors.NOT_FOUND, "You have no order " + number + ".");
    }
    return ToolResult.ok(
        "get_order_details",
        OrderView.of(order.get()),
        order.get().getOrderNumber() + ": " + order.get().getStatus());
  }
}
