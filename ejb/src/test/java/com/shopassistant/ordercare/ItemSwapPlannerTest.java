package com.shopassistant.ordercare;

import static com.shopassistant.ordercare.CareFixtures.money;
import static com.shopassistant.ordercare.CareFixtures.swap;
import static com.shopassistant.ordercare.OrderCarePolicyTest.refusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.shopassistant.order.CustomerOrder;
import com.shopassistant.ordercare.CarePlan.ItemChange;
import com.shopassistant.ordercare.CareRequest.Swap;
import com.shopassistant.ordercare.OrderCareException.Rule;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which lines a swap takes, and the rules every new item must meet. */
class ItemSwapPlannerTest {

  private final CareFixtures f = new CareFixtures();

  private ItemSwapPlanner planner(CustomerOrder order) {
    return new ItemSwapPlanner(order, f.variants());
  }

  @Test
  void anItemNamedTwiceTakesTwoLinesInLineOrder() throws Exception {
    CustomerOrder order = f.pending(f.card, f.blue, f.shirtM, f.blue);

    List<ItemChange> changes =
        planner(order).wholeLines(List.of(swap(f.blue, f.red), swap(f.blue, f.green)));

    assertThat(changes)
        .extracting(ItemChange::lineNo, ItemChange::newItemCode, ItemChange::difference)
        .containsExactly(
            tuple(1, "1111111111", money("-2.03")), tuple(3, "2222222222", money("12.16")));
  }

  @Test
  void anItemNamedMoreOftenThanTheOrderHoldsItIsRefused() {
    CustomerOrder order = f.pending(f.card, f.blue);

    assertThat(
            refusal(
                () -> planner(order).wholeLines(List.of(swap(f.blue, f.red), swap(f.blue, f.red)))))
        .isEqualTo(Rule.ITEM_NOT_IN_ORDER);
    assertThat(refusal(() -> planner(order).units(List.of(swap(f.shirtM, f.shirtM)))))
        .isEqualTo(Rule.ITEM_NOT_IN_ORDER);
    assertThat(refusal(() -> planner(order).returnedUnits(List.of("no-such-item"))))
        .isEqualTo(Rule.ITEM_NOT_IN_ORDER);
  }

  @Test
  void aWholeLineSwitchesWithAllItsUnitsButAnExchangeTakesOneUnit() throws Exception {
    CustomerOrder order = new CustomerOrder("#W2", f.customer, CareFixtures.HOME, "USD", null);
    order.addLine(f.blue, 2);

    ItemChange line = planner(order).wholeLines(List.of(swap(f.blue, f.red))).get(0);
    List<ItemChange> units =
        planner(order).units(List.of(swap(f.blue, f.red), swap(f.blue, f.red)));

    assertThat(line.quantity()).isEqualTo(2);
    assertThat(line.difference()).isEqualTo(money("-4.06"));
    assertThat(units).extracting(ItemChange::quantity).containsExactly(1, 1);
    assertThat(
            refusal(
                () -> planner(order).wholeLines(List.of(swap(f.blue, f.red), swap(f.blue, f.red)))))
        .isEqualTo(Rule.ITEM_NOT_IN_ORDER);
  }

  @Test
  void theNewItemMustExist() {
    CustomerOrder order = f.pending(f.card, f.blue);

    assertThat(refusal(() -> planner(order).units(List.of(new Swap(f.blue.getCode(), "404")))))
        .isEqualTo(Rule.VARIANT_NOT_FOUND);
  }

  @Test
  void theNewItemMustBeAnOptionOfTheSameProduct() {
    CustomerOrder order = f.pending(f.card, f.blue);

    assertThat(refusal(() -> planner(order).units(List.of(swap(f.blue, f.shirtM)))))
        .isEqualTo(Rule.VARIANT_NOT_SAME_PRODUCT);
  }

  @Test
  void theNewItemMustDifferFromTheItem() {
    CustomerOrder order = f.pending(f.card, f.blue);

    assertThat(refusal(() -> planner(order).wholeLines(List.of(swap(f.blue, f.blue)))))
        .isEqualTo(Rule.VARIANT_UNCHANGED);
  }

  @Test
  void theNewItemMustBeAvailableInTheUnitsWanted() {
    CustomerOrder order = f.pending(f.card, f.blue, f.blue);

    assertThat(refusal(() -> planner(order).units(List.of(swap(f.blue, f.black)))))
        .as("sold out")
        .isEqualTo(Rule.VARIANT_UNAVAILABLE);
    assertThat(
            refusal(
                () -> planner(order).units(List.of(swap(f.blue, f.green), swap(f.blue, f.green)))))
        .as("one in stock, two wanted")
        .isEqualTo(Rule.VARIANT_UNAVAILABLE);
    f.bottle.deactivate();
    assertThat(refusal(() -> planner(order).units(List.of(swap(f.blue, f.red)))))
        .as("product withdrawn")
        .isEqualTo(Rule.VARIANT_UNAVAILABLE);
  }

  @Test
  void aReturnedUnitGivesBackItsPrice() throws Exception {
    CustomerOrder order = f.delivered(f.card, f.blue, f.red);

    List<ItemChange> returned = planner(order).returnedUnits(List.of(" 1111111111 "));

    assertThat(returned)
        .extracting(ItemChange::lineNo, ItemChange::itemCode, ItemChange::difference)
        .containsExactly(tuple(2, "1111111111", money("-45.81")));
    assertThat(returned.get(0).newItemCode()).isNull();
  }
}
