package com.shopassistant.it.ordercare;

import static com.shopassistant.it.support.AccountProbes.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.shopassistant.it.support.ApiSession;
import com.shopassistant.it.support.HttpClients;
import com.shopassistant.it.support.ShopDeployment;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Cancelling a pending order over HTTP on Liberty + PostgreSQL: the quote, the confirm, the refund
 * to a gift card at once, every refusal with its problem type, another customer's order, and
 * confirms retried one after another and at the same moment.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CancelOrderIT {

  private static final String REASON = "{\"reason\":\"no longer needed\"}";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return ShopDeployment.withTestPackages(CancelOrderIT.class.getPackage());
  }

  @ArquillianResource URL baseUrl;

  private CareCalls customer() throws Exception {
    return new CareCalls(ApiSession.guest(baseUrl));
  }

  @Test
  void theQuoteDescribesTheRefundAndChangesNothing() throws Exception {
    CareCalls me = customer();
    JsonObject gift = me.giftCard("20.00");
    List<String> items = me.product(List.of("30.00", "12.50"), List.of(5, 5));
    String number = me.order("PENDING", gift.getString("code"), items.get(0), items.get(1));

    JsonObject quote = me.quoted(number, "cancel", REASON);

    assertThat(quote.getString("action")).isEqualTo("CANCEL_ORDER");
    assertThat(quote.getString("status")).isEqualTo("PENDING");
    assertThat(quote.getString("statusAfter")).isEqualTo("CANCELLED");
    assertThat(quote.getString("cancelReason")).isEqualTo("no longer needed");
    JsonObject refund = quote.getJsonArray("refunds").getJsonObject(0);
    assertThat(refund.getJsonNumber("amount").bigDecimalValue()).isEqualByComparingTo("42.50");
    assertThat(refund.getString("paymentMethodCode")).isEqualTo(gift.getString("code"));
    assertThat(refund.getString("settlement")).isEqualTo("IMMEDIATELY");
    assertThat(refund.getJsonNumber("giftCardBalanceAfter").bigDecimalValue())
        .isEqualByComparingTo("62.50");
    assertThat(quote.getString("confirmationToken")).startsWith("cf_");
    assertThat(quote.getString("expiresAt")).isNotBlank();
    assertThat(me.order(number).getString("status")).isEqualTo("PENDING");
    assertThat(me.balance(gift)).isEqualByComparingTo("20.00");
  }

  @Test
  void confirmCancelsRefundsTheGiftCardAtOnceAndKeepsTheReason() throws Exception {
    CareCalls me = customer();
    JsonObject gift = me.giftCard("20.00");
    String item = me.product(List.of("30.00"), List.of(5)).get(0);
    String number = me.order("PENDING", gift.getString("code"), item);

    JsonObject order = me.perform(number, "cancel", "{\"reason\":\"ordered by mistake\"}");

    assertThat(order.getString("status")).isEqualTo("CANCELLED");
    assertThat(order.getString("cancelReason")).isEqualTo("ordered by mistake");
    JsonObject refund = order.getJsonArray("payments").getJsonObject(1);
    assertThat(refund.getString("kind")).isEqualTo("REFUND");
    assertThat(refund.getJsonNumber("amount").bigDecimalValue()).isEqualByComparingTo("30.00");
    assertThat(me.balance(gift)).isEqualByComparingTo("50.00");
  }

  @Test
  void aCardIsRefundedThroughItsProviderWithoutABalance() throws Exception {
    CareCalls me = customer();
    JsonObject card = me.creditCard();
    String item = me.product(List.of("30.00"), List.of(5)).get(0);
    String number = me.order("PENDING", card.getString("code"), item);

    JsonObject quote = me.quoted(number, "cancel", REASON);
    JsonObject order =
        HttpClients.json(me.confirm(number, "cancel", quote.getString("confirmationToken")));

    JsonObject refund = quote.getJsonArray("refunds").getJsonObject(0);
    assertThat(refund.getString("settlement")).isEqualTo("BY_PAYMENT_PROVIDER");
    assertThat(refund.containsKey("giftCardBalanceAfter")).isFalse();
    assertThat(order.getJsonArray("payments")).hasSize(2);
    assertThat(order.getJsonArray("payments").getJsonObject(1).getString("paymentMethodCode"))
        .isEqualTo(card.getString("code"));
  }

  @Test
  void aRetriedConfirmAnswersTheSameOrderAndRefundsOnce() throws Exception {
    CareCalls me = customer();
    JsonObject gift = me.giftCard("0.00");
    String item = me.product(List.of("30.00"), List.of(5)).get(0);
    String number = me.order("PENDING", gift.getString("code"), item);
    String token = me.quoted(number, "cancel", REASON).getString("confirmationToken");

    HttpResponse<String> first = me.confirm(number, "cancel", token);
    HttpResponse<String> again = me.confirm(number, "cancel", token);

    assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
    assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
    assertThat(again.body()).isEqualTo(first.body());
    assertThat(HttpClients.json(again).getJsonArray("payments")).hasSize(2);
    assertThat(me.balance(gift)).isEqualByComparingTo("30.00");
  }

  @Test
  void confirmsAtTheSameMomentRefundOnce() throws Exception {
    CareCalls me = customer();
    JsonObject gift = me.giftCard("0.00");
    String item = me.product(List.of("30.00"), List.of(5)).get(0);
    String number = me.order("PENDING", gift.getString("code"), item);
    String token = me.quoted(number, "cancel", REASON).getString("confirmationToken");
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      List<CompletableFuture<HttpResponse<String>>> calls =
          List.of(
              call(me, number, token, pool),
              call(me, number, token, pool),
              call(me, number, token, pool));
      for (CompletableFuture<HttpResponse<String>> call : calls) {
        HttpResponse<String> answer = call.get(60, TimeUnit.SECONDS);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(HttpClients.json(answer).getString("status")).isEqualTo("CANCELLED");
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(me.order(number).getJsonArray("payments")).hasSize(2);
    assertThat(me.balance(gift)).isEqualByComparingTo("30.00");
  }

  private static CompletableFuture<HttpResponse<String>> call(
      CareCalls me, String number, String token, ExecutorService pool) {
    return CompletableFuture.supplyAsync(
        () -> {
          try {
            return me.confirm(number, "cancel", token);
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        },
        pool);
  }

  @Test
  void onlyTheTwoReasonsAreAccepted() throws Exception {
    CareCalls me = customer();
    JsonObject card = me.creditCard();
    String number =
        me.order("PENDING", card.getString("code"), me.product(List.of("9.00"), List.of(1)).get(0));

    assertProblem(
        me.quote(number, "cancel", "{\"reason\":\"found it cheaper\"}"),
        400,
        "invalid-cancel-reason");
    assertProblem(
        me.quote(number, "cancel", "{\"reason\":\"No longer needed\"}"),
        400,
        "invalid-cancel-reason");
    assertProblem(me.quote(number, "cancel", "{}"), 400, "validation-failed");
    assertThat(me.order(number).getString("status")).isEqualTo("PENDING");
  }

  @Test
  void aDeliveredOrderIsNotCancelled() throws Exception {
    CareCalls me = customer();
    JsonObject card = me.creditCard();
    String number =
        me.order(
            "DELIVERED", card.getString("code"), me.product(List.of("9.00"), List.of(1)).get(0));

    JsonObject problem =
        assertProblem(me.quote(number, "cancel", REASON), 409, "order-not-pending");

    assertThat(problem.getString("detail")).contains(number, "delivered");
  }

  @Test
  void aConfirmFindsTheOrderNoLongerPendingWhenItChangedSinceTheQuote() throws Exception {
    CareCalls me = customer();
    JsonObject card = me.creditCard();
    String number =
        me.order("PENDING", card.getString("code"), me.product(List.of("9.00"), List.of(1)).get(0));
    String first = me.quoted(number, "cancel", REASON).getString("confirmationToken");
    String second = me.quoted(number, "cancel", REASON).getString("confirmationToken");
    assertThat(me.confirm(number, "cancel", first).statusCode()).isEqualTo(200);

    assertProblem(me.confirm(number, "cancel", second), 409, "order-not-pending");
    assertThat(me.order(number).getJsonArray("payments")).hasSize(2);
  }

  @Test
  void anotherCustomersOrderAndTokenAreNotFound() throws Exception {
    CareCalls owner = customer();
    CareCalls other = customer();
    JsonObject card = owner.creditCard();
    String number =
        owner.order(
            "PENDING", card.getString("code"), owner.product(List.of("9.00"), List.of(1)).get(0));
    String token = owner.quoted(number, "cancel", REASON).getString("confirmationToken");

    JsonObject foreign = assertProblem(other.quote(number, "cancel", REASON), 404, "not-found");
    assertProblem(other.confirm(number, "cancel", token), 404, "confirmation-not-found");
    JsonObject missing =
        assertProblem(other.quote("#W0000000", "cancel", REASON), 404, "not-found");

    assertThat(foreign.getString("detail")).isEqualTo(missing.getString("detail"));
    assertThat(owner.order(number).getString("status")).isEqualTo("PENDING");
  }

  @Test
  void aTokenConfirmsOnlyItsOwnActionAndOrder() throws Exception {
    CareCalls me = customer();
    JsonObject card = me.creditCard();
    String item = me.product(List.of("9.00"), List.of(5)).get(0);
    String one = me.order("PENDING", card.getString("code"), item);
    String two = me.order("PENDING", card.getString("code"), item);
    String token = me.quoted(one, "cancel", REASON).getString("confirmationToken");

    assertProblem(me.confirm(one, "address", token), 409, "confirmation-mismatch");
    assertProblem(me.confirm(two, "cancel", token), 409, "confirmation-mismatch");
    assertProblem(me.confirm(one, "cancel", "cf_not-a-token"), 404, "confirmation-not-found");
    assertThat(me.order(two).getString("status")).isEqualTo("PENDING");
    assertThat(me.confirm(one, "cancel", token).statusCode()).isEqualTo(200);
  }
}
