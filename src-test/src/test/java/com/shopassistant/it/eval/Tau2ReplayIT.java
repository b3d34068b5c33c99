package com.shopassistant.it.eval;

import static com.shopassistant.it.eval.Tau2Subset.RP;
import static org.assertj.core.api.Assertions.assertThat;

import com.shopassistant.it.gemini.GeminiFakeExtension;
import com.shopassistant.it.support.HttpClients;
import com.shopassistant.it.support.ServerDatabase;
import com.shopassistant.it.support.ShopDeployment;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.file.Files;
import java.sql.Connection;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * τ²-bench retail actions replayed through the assistant's tools, one hand-written action list per
 * order-care operation (src-test/src/test/resources/eval/tau2): the Gemini fake calls our tools as
 * the user, the user says yes, and the exported store equals the imported part of {@code db.json}
 * with exactly the changes τ²-bench's own tools make — the changed records field for field, every
 * other product, user and order untouched. (Under renamed keys, {@link Tau2Subset}.)
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class Tau2ReplayIT {

  @RegisterExtension static final GeminiFakeExtension GEMINI = new GeminiFakeExtension();

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return ShopDeployment.withTestPackages(Tau2ReplayIT.class.getPackage());
  }

  @ArquillianResource URL baseUrl;

  /** The imported part of the file, the actions' outcome and the exported store. */
  private record Replayed(JsonObject subset, SessionResult result, JsonObject after) {}

  /** The action file under eval/tau2, its ids renamed as the subset's. */
  private static List<Tau2Replay.Action> actions(String file) throws Exception {
    String text = Files.readString(SessionRunner.resource("eval/tau2/" + file));
    return Tau2Replay.actions(EvalClient.jsonValue(text)).stream()
        .map(a -> new Tau2Replay.Action(a.name(), RP.arguments(a.arguments())))
        .toList();
  }

  private Replayed replay(String file, String userId) throws Exception {
    String url = HttpClients.under(baseUrl, "");
    EvalClient admin = EvalClient.admin(url, Tau2Files.adminPassword());
    JsonObject db = EvalClient.json(Files.readString(Tau2Files.dbJson()));
    JsonObject subset = Tau2Subset.of(db, List.of(userId));
    admin.importStore(subset.toString());
    SessionResult result;
    try (Connection connection = ServerDatabase.connect()) {
      result = Tau2Replay.replay(url, GEMINI.fake(), connection, RP.user(userId), actions(file));
    }
    assertThat(result.failures()).as("tool runs %s", result.tools()).isEmpty();
    return new Replayed(subset, result, admin.exportStore());
  }

  /**
   * The export holds {@code expected} (the subset with the changes) for every key of the subset.
   */
  private static void assertStoreIs(JsonObject expected, JsonObject after) {
    for (String section : new String[] {"products", "users", "orders"}) {
      assertThat(JsonCanon.differingKeys(expected, after, section))
          .as(JsonCanon.firstDifference(expected, after, section))
          .isEmpty();
    }
  }

  @Test
  void cancelRefundsTheGiftCardAndRecordsTheReason() throws Exception {
    Replayed r = replay("cancel-pending-order.json", "olivia_lopez_9494");
    String number = RP.order("#W8955613");
    String gift = RP.method("gift_card_6682391");
    JsonObject before = orderOf(r, number);

    JsonObject order =
        Json.createObjectBuilder(before)
            .add("status", "cancelled")
            .add("cancel_reason", "no longer needed")
            .add("payment_history", append(before, entry("refund", "585.97", gift)))
            .build();
    assertStoreIs(
        changed(r, number, order, balance(r, "olivia_lopez_9494", gift, "620.97")), r.after());
    assertThat(r.result().tools())
        .extracting(ToolRun::name)
        .containsExactly("get_order_details", "cancel_pending_order", "confirm_order_change");
    try (Connection connection = ServerDatabase.connect()) {
      List<Tau2Replay.Action> actions = actions("cancel-pending-order.json");
      assertThat(Tau2Replay.user(JsonValue.EMPTY_JSON_ARRAY, actions, connection))
          .as("the user found by the list's find_user_id_by_email")
          .isEqualTo(RP.user("olivia_lopez_9494"));
    }
  }

  @Test
  void addressChangeRewritesTheOrdersAddressOnly() throws Exception {
    Replayed r = replay("modify-pending-order-address.json", "ava_nguyen_6646");
    String number = RP.order("#W9892465");

    JsonObject order =
        Json.createObjectBuilder(orderOf(r, number))
            .add("address", address("500 Pine Avenue", "Floor 9", "Portland", "OR", "97204"))
            .build();
    assertStoreIs(changed(r, number, order, userOf(r, "ava_nguyen_6646")), r.after());
  }

  @Test
  void paymentChangeChargesTheGiftCardAndRefundsTheCard() throws Exception {
    Replayed r = replay("modify-pending-order-payment.json", "omar_kim_3528");
    String number = RP.order("#W1080318");
    String gift = RP.method("gift_card_3749819");
    JsonObject before = orderOf(r, number);

    JsonObject order =
        Json.createObjectBuilder(before)
            .add(
                "payment_history",
                append(
                    before,
                    entry("payment", "53.43", gift),
                    entry("refund", "53.43", RP.method("credit_card_3577130"))))
            .build();
    assertStoreIs(changed(r, number, order, balance(r, "omar_kim_3528", gift, "37.57")), r.after());
  }

  @Test
  void itemChangeSwitchesTheItemAndChargesTheDifference() throws Exception {
    Replayed r = replay("modify-pending-order-items.json", "omar_johnson_2562");
    String number = RP.order("#W8797321");
    String gift = RP.method("gift_card_9532915");
    JsonObject before = orderOf(r, number);
    JsonObject first = before.getJsonArray("items").getJsonObject(0);
    JsonObject next =
        r.subset()
            .getJsonObject("products")
            .getJsonObject(first.getString("product_id"))
            .getJsonObject("variants")
            .getJsonObject(RP.item("6901578702"));

    JsonArrayBuilder items =
        Json.createArrayBuilder()
            .add(
                Json.createObjectBuilder(first)
                    .add("item_id", RP.item("6901578702"))
                    .add("price", next.getJsonNumber("price"))
                    .add("options", next.getJsonObject("options")))
            .add(before.getJsonArray("items").getJsonObject(1));
    JsonObject order =
        Json.createObjectBuilder(before)
            .add("items", items)
            .add("status", "pending (item modified)")
            .add("payment_history", append(before, entry("payment", "16.11", gift)))
            .build();
    assertStoreIs(
        changed(r, number, order, balance(r, "omar_johnson_2562", gift, "44.89")), r.after());
  }

  @Test
  void returnRecordsTheItemsAndTheRefundMethod() throws Exception {
    Replayed r = replay("return-delivered-order-items.json", "anya_taylor_1082");
    String number = RP.order("#W9980894");

    JsonObject order =
        Json.createObjectBuilder(orderOf(r, number))
            .add("status", "return requested")
            .add(
                "return_items",
                Json.createArrayBuilder(List.of(RP.item("7381052709"), RP.item("8649999816"))))
            .add("return_payment_method_id", RP.method("gift_card_7296062"))
            .build();
    assertStoreIs(changed(r, number, order, userOf(r, "anya_taylor_1082")), r.after());
  }

  @Test
  void exchangeRecordsBothItemsAndThePriceDifference() throws Exception {
    Replayed r = replay("exchange-delivered-order-items.json", "aarav_thomas_2711");
    String number = RP.order("#W9833379");

    JsonObject order =
        Json.createObjectBuilder(orderOf(r, number))
            .add("status", "exchange requested")
            .add("exchange_items", Json.createArrayBuilder(List.of(RP.item("8349118980"))))
            .add("exchange_new_items", Json.createArrayBuilder(List.of(RP.item("9612497925"))))
            .add("exchange_payment_method_id", RP.method("gift_card_6253568"))
            .add("exchange_price_difference", new BigDecimal("-2.55"))
            .build();
    assertStoreIs(changed(r, number, order, userOf(r, "aarav_thomas_2711")), r.after());
  }

  @Test
  void userAddressChangeRewritesTheUsersAddressAndTheTransferChangesNothingElse() throws Exception {
    Replayed r = replay("modify-user-address.json", "noah_brown_6181");

    JsonObject user =
        Json.createObjectBuilder(userOf(r, "noah_brown_6181"))
            .add("address", address("101 Highway", "", "New York", "NY", "10001"))
            .build();
    assertStoreIs(changed(r, null, null, user), r.after());
    assertThat(r.result().tools()).extracting(ToolRun::name).contains("transfer_to_human_agents");
  }

  // ---- the expected store: the subset with τ²'s changes

  private static JsonObject orderOf(Replayed r, String number) {
    return r.subset().getJsonObject("orders").getJsonObject(number);
  }

  private static JsonObject userOf(Replayed r, String userId) {
    return r.subset().getJsonObject("users").getJsonObject(RP.user(userId));
  }

  /** The user with one gift card's balance set. */
  private static JsonObject balance(Replayed r, String userId, String card, String balance) {
    JsonObject u = userOf(r, userId);
    JsonObject methods = u.getJsonObject("payment_methods");
    return Json.createObjectBuilder(u)
        .add(
            "payment_methods",
            Json.createObjectBuilder(methods)
                .add(
                    card,
                    Json.createObjectBuilder(methods.getJsonObject(card))
                        .add("balance", new BigDecimal(balance))))
        .build();
  }

  /** The subset with one order (unless null) and its user replaced. */
  private static JsonObject changed(Replayed r, String number, JsonObject order, JsonObject user) {
    JsonObjectBuilder orders = Json.createObjectBuilder(r.subset().getJsonObject("orders"));
    if (number != null) {
      orders.add(number, order);
    }
    return Json.createObjectBuilder(r.subset())
        .add(
            "users",
            Json.createObjectBuilder(r.subset().getJsonObject("users"))
                .add(user.getString("user_id"), user))
        .add("orders", orders)
        .build();
  }

  private static JsonArray append(JsonObject order, JsonObject... entries) {
    JsonArrayBuilder history = Json.createArrayBuilder(order.getJsonArray("payment_history"));
    for (JsonObject entry : entries) {
      history.add(entry);
    }
    return history.build();
  }

  private static JsonObject entry(String type, String amount, String method) {
    return Json.createObjectBuilder()
        .add("transaction_type", type)
        .add("amount", new BigDecimal(amount))
        .add("payment_method_id", method)
        .build();
  }

  private static JsonObject address(
      String address1, String address2, String city, String state, String zip) {
    return Json.createObjectBuilder()
        .add("address1", address1)
        .add("address2", address2)
        .add("city", city)
        .add("country", "USA")
        .add("state", state)
        .add("zip", zip)
        .build();
  }
}
