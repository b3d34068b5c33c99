package com.shopassistant.assistant.tool;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The declarations are sent with every request (or cached with the system prompt): the product plan
 * budgets the system prompt and all declarations at 2,500 tokens, of which the declarations may
 * take about 1,700.
 */
class ToolDeclarationBudgetTest {

  /** The declarations' share of the prompt budget, by {@code TokenEstimate}. */
  static final int BUDGET = 1_700;

  private final List<ToolDeclaration> declarations = new Tools().registry().declarations();

  @Test
  void allDeclarationsTogetherStayWithinTheirBudget() {
    int tokens = ToolDeclarationsJson.tokens(declarations);

    System.out.println(
        "tool declarations: " + declarations.size() + " tools, " + tokens + " tokens");
    assertThat(tokens).isLessThanOrEqualTo(BUDGET);
  }

  @Test
  void theCatalogueHasExactlyTheDocumentedTools() {
    assertThat(declarations)
        .extracting(ToolDeclaration::name)
        .containsExactly(
            "add_address",
            "add_to_cart",
            "apply_voucher",
            "calculate",
            "cancel_pending_order",
            "change_default_address",
            "check_stock",
            "clear_cart",
            "confirm_checkout",
            "confirm_order_change",
            "exchange_delivered_order_items",
            "get_order_details",
            "get_product_details",
            "list_addresses",
            "list_categories",
            "list_orders",
            "list_payment_methods",
            "modify_pending_order_address",
            "modify_pending_order_items",
            "modify_pending_order_payment",
            "quote_checkout",
            "remove_cart_line",
            "remove_voucher",
            "return_delivered_order_items",
            "search_products",
            "transfer_to_human_agents",
            "update_cart_line",
            "view_cart");
  }

  @Test
  void noToolTakesACustomerFromTheModel() {
    String json = ToolDeclarationsJson.render(declarations).toLowerCase();

    assertThat(json).doesNotContain("customer_id", "\"email\"", "user_id");
  }

  @Test
  void everyDescriptionIsShort() {
    for (ToolDeclaration declaration : declarations) {
      assertThat(declaration.description()).as(declaration.name()).hasSizeLessThanOrEqualTo(120);
    }
  }
}
