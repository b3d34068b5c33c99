package com.shopassistant.it.ordercare;

import static com.shopassistant.it.ordercare.CareCalls.swaps;
import static com.shopassistant.it.support.AccountProbes.assertProblem;
import static com.shopassistant.it.support.AccountProbes.fieldsOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.shopassistant.it.support.ApiSession;
import com.shopassistant.it.support.ShopDeployment;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Modifying a pending order over HTTP: its shipping address, its payment method (balances moved at
 * once, never below zero) and its items (once), each refusal with its own problem type.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ModifyOrderIT {

  private static final String OFFICE =
      "{\"address1\":\"500 Pine Avenue\",\"address2\":\"Floor 9\",\"city\":\"Portland\","
          + "\"state\":\"OR\",\"zip\":\"97204\",\"country\":\"USA\"}";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return ShopDeployment.withTestPackages(ModifyOrderIT.class.getPackage());
  }

  @ArquillianResource URL baseUrl;

  private CareCalls customer() throws Exception {
    return new CareCalls(ApiSession.guest(baseUrl));
  }

  @Test
  void aPendingOrderShipsToTheNewAddressAndStaysPending() throws Exception {
    CareCalls me = customer();
    JsonObject card = me.creditCard();
    String number =
        me.order("PENDING", card.getString("code"), me.product(List.of("9.00"), List.of(1)).get(0));

    JsonObject quote = me.quoted(number, "address", OFFICE);
    JsonObject order = me.perform(number, "address", OFFICE);

    assertThat(quote.getJsonObject("shippingAddress").getString("address1"))
        .isEqualTo("12 Probe Street");
    assertThat(quote.getJsonObject("newShippingAddress").getString("address1"))
        .isEqualTo("500 Pine Avenue");
    assertThat(quote.getString("statusAfter")).isEqualTo("PENDING");
    assertThat(order.getString("status")).isEqualTo("PENDING");
    assertThat(order.getJsonObject("shippingAddress").getString("city")).isEqualTo("Portland");
    assertThat(order.getJsonArray("payments")).hasSize(1);
  }

  @Test
  void anAddressNeedsItsRequiredFieldsAndAPendingOrder() throws Exception {
    CareCalls me = customer();
    JsonObject card = me.creditCard();
    String item = me.product(List.of("9.00"), List.of(5)).get(0);
    String pending = me.order("PENDING", card.getString("code"), item);
    String delivered = me.order("DELIVERED", card.getString("code"), item);

    JsonObject invalid =
        assertProblem(
            me.quote(pending, "address", "{\"address1\":\"1 Main\"}"), 400, "validation-failed");
    assertProblem(me.quote(pending, "address", "{\"adress1\":\"x\"}"), 400, "unknown-field");
    assertProblem(me.quote(delivered, "address", OFFICE), 409, "order-not-pending");

    assertThat(fieldsOf(invalid)).containsExactly("city", "country");
  }

  @Test
  void payingWithAGiftCardChargesItAndRefundsTheOldGiftCardAtOnce() throws Exception {
    CareCalls me = customer();
    JsonObject old = me.giftCard("100.00");
    JsonObject next = me.giftCard("50.00");
    String item = me.product(List.of("42.50"), List.of(5)).get(0);
    String number = me.order("PENDING", old.getString("code"), item);

    JsonObject quote = me.quoted(number, "payment", pay(next));
    JsonObject order =
        com.shopassistant.it.support.HttpClients.json(
            me.confirm(number, "payment", quote.getString("confirmationToken")));

    assertThat(
            quote
                .getJsonArray("charges")
                .getJsonObject(0)
                .getJsonNumber("giftCardBalanceAfter")
                .bigDecimalValue())
        .isEqualByComparingTo("7.50");
    assertThat(order.getString("status")).isEqualTo("PENDING");
    assertThat(order.getJsonArray("payments").getValuesAs(JsonObject.class))
        .extracting(
            p ->
                p.getString("kind")
                    + " "
                    + p.getJsonNumber("amount").bigDecimalValue()
                    + " "
                    + p.getString("paymentMethodCode"))
        .containsExactly(
            "PAYMENT 42.50 " + old.getString("code"),
            "PAYMENT 42.50 " + next.getString("code"),
            "REFUND 42.50 " + old.getString("code"));
    assertThat(me.balance(next)).isEqualByComparingTo("7.50");
    assertThat(me.balance(old)).isEqualByComparingTo("142.50");
  }

  @Test
  void aPaymentChangeNeedsADifferentOwnMethodThatCovers() throws Exception {
    CareCalls me = customer();
    CareCalls other = customer();
    JsonObject card = me.creditCard();
    JsonObject small = me.giftCard("10.00");
    JsonObject foreign = other.giftCard("500.00");
    String number =
        me.order(
            "PENDING", card.getString("code"), me.product(List.of("42.50"), List.of(5)).get(0));

    assertProblem(me.quote(number, "payment", pay(card)), 409, "same-payment-method");
    JsonObject low =
        assertProblem(
            me.quote(number, "payment", pay(small)), 409, "insufficient-gift-card-balance");
    assertProblem(me.quote(number, "payment", pay(foreign)), 404, "payment-method-not-found");

    assertThat(low.getString("detail")).contains(small.getString("code"), "10.00", "42.50");
    assertThat(me.balance(small)).isEqualByComparingTo("10.00");
  }

  @Test
  void aGiftCardSpentElsewhereAfterTheQuoteIsNotTakenBelowZero() throws Exception {
    CareCalls me = customer();
    JsonObject card = me.creditCard();
    JsonObject gift = me.giftCard("50.00");
    String item = me.product(List.of("40.00"), List.of(5)).get(0);
    String one = me.order("PENDING", card.getString("code"), item);
    String two = me.order("PENDING", card.getString("code"), item);
    String first = me.quoted(one, "payment", pay(gift)).getString("confirmationToken");
    String second = me.quoted(two, "payment", pay(gift)).getString("confirmationToken");

    assertThat(me.confirm(one, "payment", first).statusCode()).isEqualTo(200);
    assertProblem(me.confirm(two, "payment", second), 409, "insufficient-gift-card-balance");

    assertThat(me.balance(gift)).isEqualByComparingTo("10.00");
    assertThat(me.order(two).getJsonArray("payments")).hasSize(1);
  }

  @Test
  void itemsSwitchOnceWithTheDifferenceChargedToTheGiftCard() throws Exception {
    CareCalls me = customer();
    JsonObject card = me.creditCard();
    JsonObject gift = me.giftCard("20.00");
    List<String> lamp = me.product(List.of("30.00", "36.25", "25.00"), List.of(5, 5, 5));
    List<String> other = me.product(List.of("10.00"), List.of(5));
    String number = me.order("PENDING", card.getString("code"), lamp.get(0), other.get(0));

    JsonObject quote =
        me.quoted(number, "items", swaps(gift.getString("code"), lamp.get(0), lamp.get(1)));
    JsonObject order =
        me.perform(number, "items", swaps(gift.getString("code"), lamp.get(0), lamp.get(1)));

    JsonObject item = quote.getJsonArray("items").getJsonObject(0);
    assertThat(item.getString("itemCode")).isEqualTo(lamp.get(0));
    assertThat(item.getJsonObject("newOptions").getString("color")).isEqualTo("c1");
    assertThat(quote.getJsonNumber("priceDifference").bigDecimalValue())
        .isEqualByComparingTo("6.25");
    assertThat(quote.getString("statusAfter")).isEqualTo("PENDING_ITEMS_MODIFIED");
    assertThat(order.getString("status")).isEqualTo("PENDING_ITEMS_MODIFIED");
    assertThat(order.getJsonArray("lines").getJsonObject(0).getString("itemCode"))
        .isEqualTo(lamp.get(1));
    assertThat(order.getJsonNumber("total").bigDecimalValue()).isEqualByComparingTo("46.25");
    assertThat(order.getJsonArray("payments")).hasSize(2);
    assertThat(me.balance(gift)).isEqualByComparingTo("13.75");

    String again = swaps(card.getString("code"), lamp.get(1), lamp.get(2));
    assertProblem(me.quote(number, "items", again), 409, "items-already-modified");
    assertProblem(
        me.quote(number, "cancel", "{\"reason\":\"no longer needed\"}"),
        409,
        "items-already-modified");
    assertProblem(me.quote(number, "payment", pay(gift)), 409, "items-already-modified");
    assertProblem(me.quote(number, "address", OFFICE), 409, "items-already-modified");
  }

  @Test
  void eachNewItemMustBeADifferentAvailableOptionOfTheSameProduct() throws Exception {
    CareCalls me = customer();
    JsonObject card = me.creditCard();
    String code = card.getString("code");
    List<String> lamp = me.product(List.of("30.00", "31.00", "32.00"), List.of(5, 0, 5));
    List<String> chair = me.product(List.of("99.00"), List.of(5));
    String number = me.order("PENDING", code, lamp.get(0));

    assertProblem(
        me.quote(number, "items", swaps(code, lamp.get(0), chair.get(0))),
        409,
        "variant-not-same-product");
    assertProblem(
        me.quote(number, "items", swaps(code, lamp.get(0), lamp.get(1))),
        409,
        "variant-unavailable");
    assertProblem(
        me.quote(number, "items", swaps(code, lamp.get(0), lamp.get(0))), 409, "variant-unchanged");
    assertProblem(
        me.quote(number, "items", swaps(code, chair.get(0), lamp.get(2))),
        409,
        "item-not-in-order");
    assertProblem(
        me.quote(number, "items", swaps(code, lamp.get(0), "no-such-item")),
        404,
        "variant-not-found");
    assertProblem(
        me.quote(number, "items", swaps(code, lamp.get(0), lamp.get(2), lamp.get(0), lamp.get(2))),
        409,
        "item-not-in-order");
    assertProblem(
        me.quote(number, "items", "{\"items\":[],\"paymentMethodCode\":\"" + code + "\"}"),
        400,
        "validation-failed");
    assertThat(me.order(number).getString("status")).isEqualTo("PENDING");
  }

  @Test
  void aPriceChangedBetweenQuoteAndConfirmIsQuotedAgain() throws Exception {
    CareCalls me = customer();
    JsonObject card = me.creditCard();
    List<String> lamp = me.product(List.of("30.00", "35.00"), List.of(5, 5));
    String number = me.order("PENDING", card.getString("code"), lamp.get(0));
    String body = swaps(card.getString("code"), lamp.get(0), lamp.get(1));
    String token = me.quoted(number, "items", body).getString("confirmationToken");

    me.changePrice(lamp.get(1), "36.00");

    assertProblem(me.confirm(number, "items", token), 409, "quote-outdated");
    assertThat(me.order(number).getString("status")).isEqualTo("PENDING");
    JsonObject requote = me.quoted(number, "items", body);
    assertThat(requote.getJsonNumber("priceDifference").bigDecimalValue())
        .isEqualByComparingTo("6.00");
  }

  private static String pay(JsonObject method) {
    return "{\"paymentMethodCode\":\"" + method.getString("code") + "\"}";
  }
}
