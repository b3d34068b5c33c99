package com.shopassistant.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopassistant.assistant.model.FunctionCall;
import com.shopassistant.assistant.model.ModelMessage;
import com.shopassistant.assistant.tool.PendingAction;
import com.shopassistant.assistant.tool.ToolDeclaration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ToolSelectorTest {

  private static final List<ToolDeclaration> ALL =
      Arrays.stream(ToolSelector.Group.values())
          .flatMap(group -> group.tools.stream())
          .sorted()
          .map(name -> new ToolDeclaration(name, "does " + name, List.of()))
          .toList();

  private static List<String> names(List<ToolDeclaration> declarations) {
    return declarations.stream().map(ToolDeclaration::name).toList();
  }

  private static List<String> select(String message, List<ModelMessage> history) {
    return names(ToolSelector.select(ALL, message, history, null, false));
  }

  @Test
  void aProductQuestionGetsSearchAndDetailsOnly() {
    List<String> chosen = select("do you have wireless headphones under 500k?", List.of());

    assertThat(chosen).containsExactly("get_product_details", "search_products");
    assertThat(select("is the blue one in stock?", List.of())).contains("check_stock");
    assertThat(select("I want to talk to a human", List.of())).contains("transfer_to_human_agents");
    assertThat(chosen.size()).isLessThan(ALL.size() / 3);
  }

  @Test
  void checkingOutBringsTheCartAddressesAndPaymentMethods() {
    List<String> chosen = select("check out to my office address", List.of());

    assertThat(chosen)
        .contains(
            "quote_checkout",
            "confirm_checkout",
            "view_cart",
            "list_addresses",
            "list_payment_methods");
    assertThat(chosen).doesNotContain("return_delivered_order_items");
  }

  @Test
  void indonesianWordsSelectToo() {
    assertThat(select("batalkan pesanan #W2378156", List.of()))
        .contains("cancel_pending_order", "get_order_details", "list_payment_methods");
    assertThat(select("tambahkan 2 yang biru ke keranjang", List.of())).contains("add_to_cart");
  }

  @Test
  void aShortFollowUpKeepsThePreviousTurnsGroups() {
    List<ModelMessage> history =
        List.of(
            ModelMessage.user("show my cart"),
            ModelMessage.model("", List.of(new FunctionCall(null, "view_cart", Map.of())), null),
            ModelMessage.tool("view_cart", Map.of()),
            ModelMessage.model("Your cart…", List.of(), null),
            ModelMessage.user("the second one, 3 of them"));

    assertThat(select("the second one, 3 of them", history)).contains("update_cart_line");
  }

  @Test
  void aPendingWriteAlwaysBringsItsConfirmTool() {
    PendingAction cancel = new PendingAction("t", "CANCEL_ORDER", "Cancel #W1", null);
    PendingAction checkout = new PendingAction("t", "CHECKOUT", "Order", null);

    assertThat(names(ToolSelector.select(ALL, "yes", List.of(), cancel, false)))
        .contains("confirm_order_change");
    assertThat(names(ToolSelector.select(ALL, "ya", List.of(), checkout, false)))
        .contains("confirm_checkout");
  }

  @Test
  void longMessagesGetEverything() {
    assertThat(ToolSelector.select(ALL, "compare these", List.of(), null, true)).isEqualTo(ALL);
    assertThat(ToolSelector.select(ALL, "word ".repeat(41), List.of(), null, false)).isEqualTo(ALL);
  }

  @Test
  void toolsNoGroupKnowsAreAlwaysDeclared() {
    List<ToolDeclaration> withNew = new java.util.ArrayList<>(ALL);
    withNew.add(new ToolDeclaration("track_parcel", "new", List.of()));

    assertThat(names(ToolSelector.select(withNew, "hi", List.of(), null, false)))
        .contains("track_parcel");
  }
}
