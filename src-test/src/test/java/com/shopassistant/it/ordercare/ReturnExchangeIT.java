package com.shopassistant.it.ordercare;

import static com.shopassistant.it.ordercare.CareCalls.swaps;
import static com.shopassistant.it.support.AccountProbes.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.shopassistant.it.support.ApiSession;
import com.shopassistant.it.support.ShopDeployment;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
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
 * Returning and exchanging items of a delivered order over HTTP: the request is recorded (which
 * items, which payment method, the price difference) and the money is settled when the items are
 * back, so no balance moves now; each refusal with its own problem type.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReturnExchangeIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return ShopDeployment.withTestPackages(ReturnExchangeIT.class.getPackage());
  }

  @ArquillianResource URL baseUrl;

  private CareCalls customer() throws Exception {
    return new CareCalls(ApiSession.guest(baseUrl));
  }

  private static String returning(String paymentMethodCode, String... itemCodes) {
    StringBuilder codes = new StringBuilder();
    for (String code : itemCodes) {
      codes.append(codes.length() == 0 ? "" : ",").append('"').append(code).append('"');
    }
    return "{\"itemCodes\":["
        + codes
        + "],\"paymentMethodCode\":\""
        + paymentMethodCode
        + "\",\"reason\":\"does not fit\"}";
  }

  @Test
  void aReturnToAGiftCardIsRecordedAndRefundedWhenTheItemsAreBack() throws Exception {
    CareCalls me = customer();
    JsonObject card = me.creditCard();
    JsonObject gift = me.giftCard("5.00");
    List<String> items = me.product(List.of("30.00", "12.50"), List.of(5, 5));
    String number =
        me.order("DELIVERED", card.getString("code"), items.get(0), items.get(0), items.get(1));

    JsonObject quote =
        me.quoted(number, "return", returning(gift.getString("code"), items.get(0), items.get(1)));
    JsonObject order =
        me.perform(number, "return", returning(gift.getString("code"), items.get(0), items.get(1)));

    JsonObject refund = quote.getJsonArray("refunds").getJsonObject(0);
    assertThat(refund.getJsonNumber("amount").bigDecimalValue()).isEqualByComparingTo("42.50");
    assertThat(refund.getString("settlement")).isEqualTo("AFTER_ITEMS_RECEIVED");
    assertThat(quote.getString("statusAfter")).isEqualTo("RETURN_REQUESTED");
    assertThat(order.getString("status")).isEqualTo("RETURN_REQUESTED");
    JsonObject change = order.getJsonArray("changes").getJsonObject(0);
    assertThat(change.getString("kind")).isEqualTo("RETURN");
    assertThat(change.getString("paymentMethodCode")).isEqualTo(gift.getString("code"));
    assertThat(change.getString("reason")).isEqualTo("does not fit");
    assertThat(change.getJsonArray("items").getValuesAs(JsonObject.class))
        .extracting(i -> i.getString("itemCode"))
        .containsExactly(items.get(0), items.get(1));
    assertThat(order.getJsonArray("payments")).hasSize(1);
    assertThat(me.balance(gift)).isEqualByComparingTo("5.00");
  }

  @Test
  void aReturnGoesToTheOriginalMethodOrAGiftCardOnly() throws Exception {
    CareCalls me = customer();
    JsonObject card = me.creditCard();
    JsonObject another = me.creditCard();
    String item = me.product(List.of("30.00"), List.of(5)).get(0);
    String delivered = me.order("DELIVERED", card.getString("code"), item);
    String pending = me.order("PENDING", card.getString("code"), item);

    assertProblem(
        me.quote(delivered, "return", returning(another.getString("code"), item)),
        409,
        "refund-method-not-allowed");
    assertProblem(
        me.quote(delivered, "return", returning(card.getString("code"), "nope")),
        409,
        "item-not-in-order");
    assertProblem(
        me.quote(delivered, "return", returning(card.getString("code"), item, item)),
        409,
        "item-not-in-order");
    assertProblem(
        me.quote(pending, "return", returning(card.getString("code"), item)),
        409,
        "order-not-delivered");
    me.perform(delivered, "return", returning(card.getString("code"), item));
    assertProblem(
        me.quote(delivered, "return", returning(card.getString("code"), item)),
        409,
        "order-not-delivered");
  }

  @Test
  void anExchangeRecordsTheSwapsAndTheDifferenceOnce() throws Exception {
    CareCalls me = customer();
    JsonObject card = me.creditCard();
    JsonObject gift = me.giftCard("10.00");
    List<String> lamp = me.product(List.of("30.00", "37.99", "20.00"), List.of(5, 5, 5));
    String number = me.order("DELIVERED", card.getString("code"), lamp.get(0), lamp.get(0));
    String body = swaps(gift.getString("code"), lamp.get(0), lamp.get(1));

    JsonObject quote = me.quoted(number, "exchange", body);
    JsonObject order = me.perform(number, "exchange", body);

    assertThat(quote.getJsonNumber("priceDifference").bigDecimalValue())
        .isEqualByComparingTo("7.99");
    JsonObject charge = quote.getJsonArray("charges").getJsonObject(0);
    assertThat(charge.getString("settlement")).isEqualTo("AFTER_ITEMS_RECEIVED");
    assertThat(order.getString("status")).isEqualTo("EXCHANGE_REQUESTED");
    JsonObject change = order.getJsonArray("changes").getJsonObject(0);
    assertThat(change.getString("kind")).isEqualTo("EXCHANGE");
    assertThat(change.getJsonNumber("priceDifference").bigDecimalValue())
        .isEqualByComparingTo("7.99");
    assertThat(change.getJsonArray("items").getJsonObject(0).getString("newItemCode"))
        .isEqualTo(lamp.get(1));
    assertThat(order.getJsonArray("payments")).hasSize(1);
    assertThat(me.balance(gift)).isEqualByComparingTo("10.00");
    assertProblem(
        me.quote(number, "exchange", swaps(card.getString("code"), lamp.get(0), lamp.get(2))),
        409,
        "order-not-delivered");
  }

  @Test
  void anExchangeHasTheItemRulesAndAGiftCardMustCoverIt() throws Exception {
    CareCalls me = customer();
    JsonObject card = me.creditCard();
    JsonObject gift = me.giftCard("5.00");
    List<String> lamp = me.product(List.of("30.00", "37.99", "20.00"), List.of(5, 5, 0));
    List<String> chair = me.product(List.of("99.00"), List.of(5));
    String number = me.order("DELIVERED", card.getString("code"), lamp.get(0));
    String code = card.getString("code");

    assertProblem(
        me.quote(number, "exchange", swaps(gift.getString("code"), lamp.get(0), lamp.get(1))),
        409,
        "insufficient-gift-card-balance");
    assertProblem(
        me.quote(number, "exchange", swaps(code, lamp.get(0), chair.get(0))),
        409,
        "variant-not-same-product");
    assertProblem(
        me.quote(number, "exchange", swaps(code, lamp.get(0), lamp.get(2))),
        409,
        "variant-unavailable");
    assertProblem(
        me.quote(number, "exchange", swaps(code, lamp.get(0), lamp.get(0))),
        409,
        "variant-unchanged");
    assertProblem(
        me.quote(number, "exchange", swaps(code, chair.get(0), lamp.get(1))),
        409,
        "item-not-in-order");
    assertProblem(
        me.quote(number, "exchange", swaps("gift_card_nobody", lamp.get(0), lamp.get(1))),
        404,
        "payment-method-not-found");
    assertThat(me.order(number).getString("status")).isEqualTo("DELIVERED");
  }

  @Test
  void aCheaperExchangeRefundsTheDifferenceLater() throws Exception {
    CareCalls me = customer();
    JsonObject card = me.creditCard();
    List<String> lamp = me.product(List.of("30.00", "37.99", "20.00"), List.of(5, 5, 5));
    String number = me.order("DELIVERED", card.getString("code"), lamp.get(0));

    JsonObject quote =
        me.quoted(number, "exchange", swaps(card.getString("code"), lamp.get(0), lamp.get(2)));

    assertThat(quote.getJsonNumber("priceDifference").bigDecimalValue())
        .isEqualByComparingTo("-10.00");
    assertThat(quote.getJsonArray("charges")).isEmpty();
    assertThat(
            quote
                .getJsonArray("refunds")
                .getJsonObject(0)
                .getJsonNumber("amount")
                .bigDecimalValue())
        .isEqualByComparingTo("10.00");
    assertThat(quote.getJsonArray("items").getValuesAs(JsonObject.class)).hasSize(1);
    assertThat(quote.getJsonArray("items").getJsonObject(0).get("newItemCode"))
        .isEqualTo(jakarta.json.Json.createValue(lamp.get(2)));
    assertThat(quote.getJsonArray("items").getJsonObject(0).getJsonString("itemCode"))
        .extracting(JsonString::getString)
        .isEqualTo(lamp.get(0));
  }
}
