package com.shopassistant.it.checkout;

import static com.shopassistant.it.checkout.CheckoutCalls.amount;
import static com.shopassistant.it.checkout.CheckoutCalls.atOnce;
import static com.shopassistant.it.checkout.CheckoutCalls.ok;
import static com.shopassistant.it.checkout.CheckoutCalls.status;
import static org.assertj.core.api.Assertions.assertThat;

import com.shopassistant.it.support.HttpClients;
import com.shopassistant.it.support.ShopDeployment;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One gift card spent by several writes at the same moment over HTTP, through both paths that debit
 * it: a checkout paid with the card and order-care payment changes that move pending orders'
 * payments onto it. A customer has one cart, so one checkout races the payment changes of four
 * earlier orders. The balance covers two of the five: exactly two commit, the card never goes below
 * zero, what the orders record as paid by the card is what left the card, and every order is whole
 * (each paid once, by the card or by the credit card it had).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GiftCardRaceIT {

  private static final int EARLIER_ORDERS = 4;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return ShopDeployment.withTestPackages(GiftCardRaceIT.class.getPackage());
  }

  @ArquillianResource URL baseUrl;

  private final CheckoutStore store = new CheckoutStore();

  @Test
  void fiveWritesRacingForAGiftCardThatCoversTwoCommitTwoAndTheMoneyAddsUp() throws Exception {
    store.importInto(baseUrl);
    Shopper guest = Shopper.guest(baseUrl).readyToPay();
    List<String> earlier = new ArrayList<>();
    for (int i = 0; i < EARLIER_ORDERS; i++) {
      guest.add(store.lamp, 1); // 10.00, paid by the default credit card
      earlier.add(number(status(guest.confirm(guest.quoteToken()), 201)));
    }
    long giftCard = guest.addGiftCard("25.00");
    String giftCode = guest.paymentMethod(giftCard).getString("code");
    List<Callable<HttpResponse<String>>> writes = new ArrayList<>();
    for (String order : earlier) {
      String token =
          ok(guest
                  .session()
                  .post(
                      "api/v1/orders/" + order + "/payment/quote",
                      "{\"paymentMethodCode\":\"" + giftCode + "\"}"))
              .getString("confirmationToken");
      writes.add(
          () ->
              guest
                  .session()
                  .post(
                      "api/v1/orders/" + order + "/payment/confirm",
                      "{\"confirmationToken\":\"" + token + "\"}"));
    }
    guest.add(store.lamp, 1);
    String checkout = quoteWith(guest, giftCard);
    writes.add(() -> guest.confirm(checkout));

    List<HttpResponse<String>> answers = atOnce(writes);

    List<HttpResponse<String>> committed =
        answers.stream().filter(a -> a.statusCode() == 200 || a.statusCode() == 201).toList();
    assertThat(committed).as(bodies(answers)).hasSize(2);
    answers.stream()
        .filter(a -> !committed.contains(a))
        .forEach(GiftCardRaceIT::assertCleanRefusal);
    BigDecimal balance = amount(guest.paymentMethod(giftCard), "balance");
    assertThat(balance).isEqualByComparingTo("5.00");

    JsonObject history = ok(guest.session().get("api/v1/orders?size=50"));
    BigDecimal paidByGiftCard = BigDecimal.ZERO;
    int ordersPlaced = 0;
    for (JsonObject item : history.getJsonArray("items").getValuesAs(JsonObject.class)) {
      JsonObject order = ok(guest.session().get("api/v1/orders/" + number(item)));
      paidByGiftCard = paidByGiftCard.add(netPaidBy(order, giftCode));
      assertPaidOnce(order);
      ordersPlaced++;
    }
    boolean checkoutCommitted = answers.get(answers.size() - 1).statusCode() == 201;
    assertThat(ordersPlaced).isEqualTo(EARLIER_ORDERS + (checkoutCommitted ? 1 : 0));
    assertThat(paidByGiftCard).isEqualByComparingTo(new BigDecimal("25.00").subtract(balance));
    JsonObject cart = ok(guest.cart());
    assertThat(cart.getJsonArray("lines")).hasSize(checkoutCommitted ? 0 : 1);
  }

  private static String quoteWith(Shopper guest, long paymentMethodId) throws Exception {
    return ok(guest.quote("{\"paymentMethodId\":" + paymentMethodId + "}"))
        .getString("confirmationToken");
  }

  /** The order number without its {@code #}, as paths take it. */
  private static String number(JsonObject order) {
    return order.getString("orderNumber").substring(1);
  }

  /** Payments minus refunds through this method. */
  private static BigDecimal netPaidBy(JsonObject order, String methodCode) {
    BigDecimal net = BigDecimal.ZERO;
    for (JsonObject entry : order.getJsonArray("payments").getValuesAs(JsonObject.class)) {
      if (entry.getString("paymentMethodCode").equals(methodCode)) {
        BigDecimal amount = amount(entry, "amount");
        net = entry.getString("kind").equals("PAYMENT") ? net.add(amount) : net.subtract(amount);
      }
    }
    return net;
  }

  /** What the order's methods still hold of it adds up to its total: paid once, not twice. */
  private static void assertPaidOnce(JsonObject order) {
    BigDecimal held = BigDecimal.ZERO;
    for (JsonObject entry : order.getJsonArray("payments").getValuesAs(JsonObject.class)) {
      BigDecimal amount = amount(entry, "amount");
      held = entry.getString("kind").equals("PAYMENT") ? held.add(amount) : held.subtract(amount);
    }
    assertThat(held).as(order.toString()).isEqualByComparingTo(amount(order, "total"));
    assertThat(order.getString("status")).isEqualTo("PENDING");
    assertThat(order.getJsonArray("lines")).hasSize(1);
  }

  /** A refused write is a 409 problem about the balance or the changed card, never a 500. */
  private static void assertCleanRefusal(HttpResponse<String> answer) {
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(409);
    assertThat(answer.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(HttpClients.json(answer).getString("type"))
        .as(answer.body())
        .isIn(
            CheckoutCalls.PROBLEM + "insufficient-gift-card-balance",
            CheckoutCalls.PROBLEM + "quote-outdated");
  }

  private static String bodies(List<HttpResponse<String>> answers) {
    return answers.stream().map(a -> a.statusCode() + " " + a.body()).toList().toString();
  }
}
