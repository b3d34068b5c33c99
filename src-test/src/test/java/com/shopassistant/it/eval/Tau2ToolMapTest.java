package com.shopassistant.it.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** τ²-bench's actions become the calls of our tools and the turns the replay plays. */
class Tau2ToolMapTest {

  private static JsonObject args(String json) {
    return EvalClient.json(json);
  }

  @Test
  void anItemChangeBecomesSwapsPairedByPosition() {
    JsonArray calls =
        Tau2ToolMap.calls(
            "modify_pending_order_items",
            args(
                "{\"order_id\":\"#W1\",\"item_ids\":[\"1\",\"2\"],\"new_item_ids\":[\"3\",\"4\"],"
                    + "\"payment_method_id\":\"gift_card_9\"}"));

    assertThat(JsonCanon.of(calls))
        .isEqualTo(
            JsonCanon.of(
                EvalClient.jsonValue(
                    "[{\"name\":\"modify_pending_order_items\",\"args\":{\"order_number\":\"#W1\","
                        + "\"payment_method_code\":\"gift_card_9\",\"swaps\":["
                        + "{\"item_code\":\"1\",\"new_item_code\":\"3\"},"
                        + "{\"item_code\":\"2\",\"new_item_code\":\"4\"}]}}]")));
  }

  @Test
  void userDetailsAreThreeCallsAndAUserAddressChangeIsTheDefaultAddressQuote() {
    assertThat(
            Tau2ToolMap.calls("get_user_details", args("{\"user_id\":\"u\"}"))
                .getValuesAs(JsonObject.class))
        .extracting(c -> c.getString("name"))
        .containsExactly("list_addresses", "list_payment_methods", "list_orders");
    JsonObject change =
        Tau2ToolMap.calls(
                "modify_user_address",
                args(
                    "{\"user_id\":\"u\",\"address1\":\"1 Main\",\"address2\":\"\","
                        + "\"city\":\"Austin\",\"state\":\"TX\",\"country\":\"USA\",\"zip\":\"78701\"}"))
            .getJsonObject(0);
    assertThat(change.getString("name")).isEqualTo("change_default_address");
    assertThat(change.getJsonObject("args").keySet())
        .containsExactlyInAnyOrder("address1", "city", "state", "country", "zip");
  }

  @Test
  void aWriteIsQuotedThenConfirmedAfterYesAndLookupsPlayNoTurn() {
    List<Tau2Replay.Action> actions =
        Tau2Replay.actions(
            EvalClient.jsonValue(
                "[{\"name\":\"find_user_id_by_email\",\"arguments\":{\"email\":\"a@b.c\"}},"
                    + "{\"name\":\"cancel_pending_order\",\"arguments\":"
                    + "{\"order_id\":\"#W1\",\"reason\":\"ordered by mistake\"}}]"));

    SessionScript script = Tau2Replay.script(actions);

    assertThat(script.turns()).extracting(SessionScript.Turn::user).element(1).isEqualTo("yes");
    assertThat(script.turns())
        .extracting(SessionScript.Turn::tools)
        .containsExactly(List.of("cancel_pending_order"), List.of("confirm_order_change"));
    assertThat(script.turns().get(1).model().get(0).toString()).contains(Templates.PENDING_TOKEN);
  }

  @Test
  void aToolTau2DoesNotHaveIsRefused() {
    assertThatThrownBy(() -> Tau2ToolMap.calls("think", args("{}")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("think");
  }

  @Test
  void numbersCompareByValueAndObjectsRegardlessOfKeyOrder() {
    assertThat(JsonCanon.of(EvalClient.jsonValue("{\"a\":17.0,\"b\":[1,2]}")))
        .isEqualTo(JsonCanon.of(EvalClient.jsonValue("{\"b\":[1,2],\"a\":17.00}")));
    assertThat(JsonCanon.of(EvalClient.jsonValue("[1,2]")))
        .isNotEqualTo(JsonCanon.of(EvalClient.jsonValue("[2,1]")));
  }
}
