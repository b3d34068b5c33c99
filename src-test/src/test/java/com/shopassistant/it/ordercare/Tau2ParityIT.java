package com.shopassistant.it.ordercare;

import static com.shopassistant.it.ordercare.PaymentEntries.entry;
import static com.shopassistant.it.ordercare.PaymentEntries.fileHistory;
import static com.shopassistant.it.ordercare.PaymentEntries.history;
import static com.shopassistant.it.ordercare.Tau2Store.item;
import static com.shopassistant.it.ordercare.Tau2Store.method;
import static com.shopassistant.it.ordercare.Tau2Store.money;
import static com.shopassistant.it.ordercare.Tau2Store.number;
import static com.shopassistant.it.ordercare.Tau2Store.payment;
import static org.assertj.core.api.Assertions.assertThat;

import com.shopassistant.it.ordercare.Tau2Store.Pick;
import com.shopassistant.it.support.AccountProbes;
import com.shopassistant.it.support.ApiSession;
import com.shopassistant.it.support.HttpClients;
import com.shopassistant.it.support.ShopDeployment;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Order care on real τ²-bench orders, imported from {@code db.json} through the admin import: for
 * each operation the resulting status, payment history and gift-card balances are what τ²-bench's
 * tools give, computed here from the file (see {@link Tau2Store} for which orders and why their
 * keys are prefixed). Each test signs in as the order's imported customer with a token the
 * test-only probe issues (imported customers have no password).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class Tau2ParityIT {

  private static final String NEW_ADDRESS =
      "{\"address1\":\"500 Pine Avenue\",\"address2\":\"Floor 9\",\"city\":\"Portland\","
          + "\"state\":\"OR\",\"zip\":\"97204\",\"country\":\"USA\"}";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return ShopDeployment.withTestPackages(Tau2ParityIT.class.getPackage());
  }

  @ArquillianResource URL baseUrl;

  /** Imports the picked orders (idempotent) and signs in as the user of {@code operation}. */
  private CareCalls asUserOf(Tau2Store tau2, Pick pick) throws Exception {
    ApiSession admin = ApiSession.admin(baseUrl);
    HttpResponse<String> imported =
        HttpClients.postJson(
            HttpClients.under(baseUrl, "api/v1/admin/import"),
            tau2.subsetFile(),
            "Bearer " + admin.accessToken());
    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
    HttpResponse<String> token =
        admin.post(
            "api/v1/test/ordercare-probe/tokens?handle=" + Tau2Store.handle(pick.userId()), "");
    assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
    JsonObject json = HttpClients.json(token);
    CareCalls user =
        new CareCalls(
            new ApiSession(
                baseUrl,
                json.getString("accessToken"),
                json.getJsonNumber("customerId").longValue(),
                null));
    // The order is as the file has it: no other test acted on it.
    JsonObject order = tau2.order(pick.orderId());
    assertThat(history(user.order(number(pick.orderId())))).isEqualTo(fileHistory(order));
    return user;
  }

  @Test
  void cancelRefundsTheGiftCardAtOnceAsTau2Does() throws Exception {
    Tau2Store tau2 = Tau2Store.load();
    Pick pick = tau2.picks().get("cancelGift");
    CareCalls user = asUserOf(tau2, pick);
    JsonObject order = tau2.order(pick.orderId());
    String gift = payment(order).getString("payment_method_id");
    BigDecimal amount = money(payment(order), "amount");
    assertThat(user.balanceOf(method(gift)))
        .isEqualByComparingTo(tau2.balance(pick.userId(), gift));

    JsonObject after =
        user.perform(number(pick.orderId()), "cancel", "{\"reason\":\"no longer needed\"}");

    // tau2: status cancelled, a refund per payment appended, gift card balance + amount.
    List<String> expected = new ArrayList<>(fileHistory(order));
    expected.add(entry("REFUND", amount, method(gift)));
    assertThat(after.getString("status")).isEqualTo("CANCELLED");
    assertThat(after.getString("cancelReason")).isEqualTo("no longer needed");
    assertThat(history(after)).isEqualTo(expected);
    assertThat(user.balanceOf(method(gift)))
        .isEqualByComparingTo(tau2.balance(pick.userId(), gift).add(amount));
  }

  @Test
  void cancelOfACardOrderRecordsTheRefundAsTau2Does() throws Exception {
    Tau2Store tau2 = Tau2Store.load();
    Pick pick = tau2.picks().get("cancelCard");
    CareCalls user = asUserOf(tau2, pick);
    JsonObject order = tau2.order(pick.orderId());

    JsonObject after =
        user.perform(number(pick.orderId()), "cancel", "{\"reason\":\"ordered by mistake\"}");

    List<String> expected = new ArrayList<>(fileHistory(order));
    expected.add(
        entry(
            "REFUND",
            money(payment(order), "amount"),
            method(payment(order).getString("payment_method_id"))));
    assertThat(after.getString("status")).isEqualTo("CANCELLED");
    assertThat(history(after)).isEqualTo(expected);
  }

  @Test
  void addressChangeRewritesOnlyTheAddressAsTau2Does() throws Exception {
    Tau2Store tau2 = Tau2Store.load();
    Pick pick = tau2.picks().get("address");
    CareCalls user = asUserOf(tau2, pick);

    JsonObject after = user.perform(number(pick.orderId()), "address", NEW_ADDRESS);

    assertThat(after.getString("status")).isEqualTo("PENDING");
    assertThat(after.getJsonObject("shippingAddress").getString("address1"))
        .isEqualTo("500 Pine Avenue");
    assertThat(after.getJsonObject("shippingAddress").getString("zip")).isEqualTo("97204");
    assertThat(history(after)).isEqualTo(fileHistory(tau2.order(pick.orderId())));
  }

  @Test
  void paymentChangeChargesTheGiftCardAndRefundsTheOriginalAsTau2Does() throws Exception {
    Tau2Store tau2 = Tau2Store.load();
    Pick pick = tau2.picks().get("payment");
    CareCalls user = asUserOf(tau2, pick);
    JsonObject order = tau2.order(pick.orderId());
    BigDecimal amount = money(payment(order), "amount");
    String gift = tau2.giftCardCovering(pick.userId(), amount).orElseThrow().getString("id");

    JsonObject after =
        user.perform(
            number(pick.orderId()), "payment", "{\"paymentMethodCode\":\"" + method(gift) + "\"}");

    // tau2: payment by the new method, then refund of the original, both for the amount paid.
    List<String> expected = new ArrayList<>(fileHistory(order));
    expected.add(entry("PAYMENT", amount, method(gift)));
    expected.add(entry("REFUND", amount, method(payment(order).getString("payment_method_id"))));
    assertThat(after.getString("status")).isEqualTo("PENDING");
    assertThat(history(after)).isEqualTo(expected);
    assertThat(user.balanceOf(method(gift)))
        .isEqualByComparingTo(tau2.balance(pick.userId(), gift).subtract(amount));
  }

  @Test
  void itemModificationSwitchesTheItemAndSettlesWithTheGiftCardAsTau2Does() throws Exception {
    Tau2Store tau2 = Tau2Store.load();
    Pick pick = tau2.picks().get("items");
    CareCalls user = asUserOf(tau2, pick);
    JsonObject order = tau2.order(pick.orderId());
    JsonObject first = order.getJsonArray("items").getJsonObject(0);
    JsonObject next = tau2.alternative(first).orElseThrow();
    BigDecimal diff = tau2.firstItemDifference(order).orElseThrow();
    String gift = tau2.giftCardCovering(pick.userId(), diff).orElseThrow().getString("id");

    JsonObject after =
        user.perform(
            number(pick.orderId()),
            "items",
            CareCalls.swaps(
                method(gift), item(first.getString("item_id")), item(next.getString("item_id"))));

    // tau2: status "pending (item modified)", one payment (or refund) of the difference by the
    // method given, the gift card's balance minus the difference, the item and its price switched.
    List<String> expected = new ArrayList<>(fileHistory(order));
    if (diff.signum() != 0) {
      expected.add(entry(diff.signum() > 0 ? "PAYMENT" : "REFUND", diff.abs(), method(gift)));
    }
    assertThat(after.getString("status")).isEqualTo("PENDING_ITEMS_MODIFIED");
    assertThat(history(after)).isEqualTo(expected);
    assertThat(user.balanceOf(method(gift)))
        .isEqualByComparingTo(tau2.balance(pick.userId(), gift).subtract(diff));
    JsonObject line = after.getJsonArray("lines").getJsonObject(0);
    assertThat(line.getString("itemCode")).isEqualTo(item(next.getString("item_id")));
    assertThat(line.getJsonNumber("unitPrice").bigDecimalValue())
        .isEqualByComparingTo(money(next, "price"));
  }

  @Test
  void returnRecordsTheItemsAndTheOriginalMethodAsTau2Does() throws Exception {
    Tau2Store tau2 = Tau2Store.load();
    Pick pick = tau2.picks().get("return");
    CareCalls user = asUserOf(tau2, pick);
    JsonObject order = tau2.order(pick.orderId());
    String itemId = order.getJsonArray("items").getJsonObject(0).getString("item_id");
    String original = method(payment(order).getString("payment_method_id"));

    JsonObject after =
        user.perform(
            number(pick.orderId()),
            "return",
            "{\"itemCodes\":[\""
                + item(itemId)
                + "\"],\"paymentMethodCode\":\""
                + original
                + "\"}");

    // tau2: status "return requested", return_items and the method recorded, no money moved yet.
    assertThat(after.getString("status")).isEqualTo("RETURN_REQUESTED");
    assertThat(history(after)).isEqualTo(fileHistory(order));
    JsonObject change = after.getJsonArray("changes").getJsonObject(0);
    assertThat(change.getString("kind")).isEqualTo("RETURN");
    assertThat(change.getString("paymentMethodCode")).isEqualTo(original);
    assertThat(change.getJsonArray("items").getValuesAs(JsonObject.class))
        .extracting(i -> i.getString("itemCode"))
        .containsExactly(item(itemId));
  }

  @Test
  void exchangeRecordsTheSwapAndTheDifferenceAsTau2Does() throws Exception {
    Tau2Store tau2 = Tau2Store.load();
    Pick pick = tau2.picks().get("exchange");
    CareCalls user = asUserOf(tau2, pick);
    JsonObject order = tau2.order(pick.orderId());
    JsonObject first = order.getJsonArray("items").getJsonObject(0);
    JsonObject next = tau2.alternative(first).orElseThrow();
    BigDecimal diff = tau2.firstItemDifference(order).orElseThrow();
    String gift = tau2.giftCardCovering(pick.userId(), diff).orElseThrow().getString("id");

    JsonObject after =
        user.perform(
            number(pick.orderId()),
            "exchange",
            CareCalls.swaps(
                method(gift), item(first.getString("item_id")), item(next.getString("item_id"))));

    // tau2: status "exchange requested", the items, the method and the rounded price difference
    // recorded; no payment history entry and no balance change until the exchange happens.
    assertThat(after.getString("status")).isEqualTo("EXCHANGE_REQUESTED");
    assertThat(history(after)).isEqualTo(fileHistory(order));
    JsonObject change = after.getJsonArray("changes").getJsonObject(0);
    assertThat(change.getString("kind")).isEqualTo("EXCHANGE");
    assertThat(change.getString("paymentMethodCode")).isEqualTo(method(gift));
    assertThat(change.getJsonNumber("priceDifference").bigDecimalValue())
        .isEqualByComparingTo(diff);
    JsonObject swapped = change.getJsonArray("items").getJsonObject(0);
    assertThat(swapped.getString("itemCode")).isEqualTo(item(first.getString("item_id")));
    assertThat(swapped.getString("newItemCode")).isEqualTo(item(next.getString("item_id")));
    assertThat(user.balanceOf(method(gift)))
        .isEqualByComparingTo(tau2.balance(pick.userId(), gift));
  }

  @Test
  void defaultAddressIsRewrittenAsTau2ModifyUserAddressDoes() throws Exception {
    Tau2Store tau2 = Tau2Store.load();
    Pick pick = tau2.picks().get("defaultAddress");
    CareCalls user = asUserOf(tau2, pick);
    JsonObject fileAddress = tau2.user(pick.userId()).getJsonObject("address");
    JsonObject quote =
        HttpClients.json(user.session.post("api/v1/me/default-address/quote", NEW_ADDRESS));
    assertThat(quote.getJsonObject("address").getString("address1"))
        .isEqualTo(fileAddress.getString("address1"));

    HttpResponse<String> confirmed =
        user.session.post(
            "api/v1/me/default-address/confirm",
            "{\"confirmationToken\":\"" + quote.getString("confirmationToken") + "\"}");

    // tau2: the user's (default) address is replaced by the new one.
    assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
    List<JsonObject> book =
        AccountProbes.array(user.session.get("api/v1/me/addresses")).getValuesAs(JsonObject.class);
    JsonObject home = book.stream().filter(a -> a.getBoolean("default")).findFirst().orElseThrow();
    assertThat(home.getString("label")).isEqualTo("home");
    assertThat(home.getString("address1")).isEqualTo("500 Pine Avenue");
    assertThat(home.getString("city")).isEqualTo("Portland");
    assertThat(home.getString("zip")).isEqualTo("97204");
  }
}
