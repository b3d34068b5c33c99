package com.shopassistant.it.checkout;

import static com.shopassistant.it.checkout.CheckoutCalls.amount;
import static com.shopassistant.it.checkout.CheckoutCalls.atOnce;
import static com.shopassistant.it.checkout.CheckoutCalls.ok;
import static com.shopassistant.it.checkout.CheckoutCalls.problem;
import static com.shopassistant.it.checkout.CheckoutCalls.status;
import static org.assertj.core.api.Assertions.assertThat;

import com.shopassistant.it.support.HttpClients;
import com.shopassistant.it.support.ShopDeployment;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A confirm repeated, in sequence or at once, never places a second order: the same {@code
 * Idempotency-Key} or the same confirmation token answers the first order again (200), and a gift
 * card paying for two orders at once is never overdrawn.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CheckoutIdempotencyIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return ShopDeployment.withTestPackages(CheckoutIdempotencyIT.class.getPackage());
  }

  @ArquillianResource URL baseUrl;

  private final CheckoutStore store = new CheckoutStore();

  @BeforeEach
  void loadStore() throws Exception {
    store.importInto(baseUrl);
  }

  private Shopper buyerOfTwoLamps() throws Exception {
    Shopper guest = Shopper.guest(baseUrl).readyToPay();
    guest.add(store.lamp, 2);
    return guest;
  }

  @Test
  void theSameKeyAgainAnswersTheSameOrderWith200() throws Exception {
    Shopper guest = buyerOfTwoLamps();
    String token = guest.quoteToken();
    String key = UUID.randomUUID().toString();

    JsonObject first = status(guest.confirm(token, key), 201);
    HttpResponse<String> again = guest.confirm(token, key);

    assertThat(status(again, 200)).isEqualTo(first);
    assertThat(again.headers().firstValue("Location")).isPresent();
    assertThat(new StoreProbe(guest.session()).orders(guest.id())).isEqualTo(1);
    assertThat(new StoreProbe(guest.session()).stock(store.lamp)).isEqualTo(48);
  }

  @Test
  void theSameKeyWithANewQuoteAnswersTheFirstOrderAndPlacesNothing() throws Exception {
    Shopper guest = buyerOfTwoLamps();
    String key = UUID.randomUUID().toString();
    JsonObject first = status(guest.confirm(guest.quoteToken(), key), 201);
    guest.add(store.pen, 3);

    JsonObject again = status(guest.confirm(guest.quoteToken(), key), 200);

    assertThat(again.getString("orderNumber")).isEqualTo(first.getString("orderNumber"));
    assertThat(new StoreProbe(guest.session()).orders(guest.id())).isEqualTo(1);
    assertThat(ok(guest.cart()).getJsonArray("lines")).hasSize(1);
  }

  @Test
  void theSameTokenWithANewKeyAnswersTheSameOrder() throws Exception {
    Shopper guest = buyerOfTwoLamps();
    String token = guest.quoteToken();

    JsonObject first = status(guest.confirm(token), 201);
    JsonObject again = status(guest.confirm(token), 200);

    assertThat(again.getString("orderNumber")).isEqualTo(first.getString("orderNumber"));
    assertThat(new StoreProbe(guest.session()).orders(guest.id())).isEqualTo(1);
  }

  @Test
  void concurrentConfirmsWithTheSameKeyPlaceOneOrder() throws Exception {
    Shopper guest = buyerOfTwoLamps();
    String token = guest.quoteToken();
    String key = UUID.randomUUID().toString();
    Callable<HttpResponse<String>> confirm = () -> guest.confirm(token, key);

    List<HttpResponse<String>> answers =
        atOnce(List.of(confirm, confirm, confirm, confirm, confirm));

    assertOneOrderAnsweredToAll(guest, answers);
  }

  @Test
  void concurrentConfirmsOfOneTokenWithNewKeysPlaceOneOrder() throws Exception {
    Shopper guest = buyerOfTwoLamps();
    String token = guest.quoteToken();
    Callable<HttpResponse<String>> confirm = () -> guest.confirm(token);

    List<HttpResponse<String>> answers =
        atOnce(List.of(confirm, confirm, confirm, confirm, confirm));

    assertOneOrderAnsweredToAll(guest, answers);
  }

  @Test
  void twoQuotesConfirmedAtOnceWithOneKeyPlaceOneOrderAndAnswerItToBoth() throws Exception {
    Shopper guest = buyerOfTwoLamps();
    String first = guest.quoteToken();
    String second = guest.quoteToken();
    String key = UUID.randomUUID().toString();

    List<HttpResponse<String>> answers =
        atOnce(List.of(() -> guest.confirm(first, key), () -> guest.confirm(second, key)));

    // The later one waits for the customer's lock, then finds the order by its key: not a
    // "quote outdated" for the cart the earlier one emptied.
    assertThat(answers).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(201, 200);
    assertThat(answers)
        .extracting(answer -> HttpClients.json(answer).getString("orderNumber"))
        .containsOnly(HttpClients.json(answers.get(0)).getString("orderNumber"));
    assertThat(new StoreProbe(guest.session()).orders(guest.id())).isEqualTo(1);
  }

  private void assertOneOrderAnsweredToAll(Shopper guest, List<HttpResponse<String>> answers)
      throws Exception {
    assertThat(answers)
        .extracting(HttpResponse::statusCode)
        .containsExactlyInAnyOrder(201, 200, 200, 200, 200);
    assertThat(answers)
        .extracting(answer -> HttpClients.json(answer).getString("orderNumber"))
        .containsOnly(HttpClients.json(answers.get(0)).getString("orderNumber"));
    assertThat(new StoreProbe(guest.session()).orders(guest.id())).isEqualTo(1);
    assertThat(new StoreProbe(guest.session()).stock(store.lamp)).isEqualTo(48);
  }

  @Test
  void twoQuotesPaidByOneGiftCardAtOnceNeverOverdrawIt() throws Exception {
    Shopper guest = Shopper.guest(baseUrl);
    guest.addAddress("home", true);
    long giftCard = guest.addGiftCard("100.00");
    guest.add(store.lamp, 6);
    String first = guest.quoteToken();
    String second = guest.quoteToken();

    List<HttpResponse<String>> answers =
        atOnce(List.of(() -> guest.confirm(first), () -> guest.confirm(second)));

    assertThat(answers).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(201, 409);
    HttpResponse<String> refused =
        answers.stream().filter(a -> a.statusCode() == 409).findFirst().orElseThrow();
    problem(refused, 409, "quote-outdated");
    assertThat(amount(guest.paymentMethod(giftCard), "balance")).isEqualByComparingTo("40.00");
    assertThat(new StoreProbe(guest.session()).orders(guest.id())).isEqualTo(1);
  }

  @Test
  void aGiftCardPaysOneOrderAfterAnotherUntilItsBalanceRunsOut() throws Exception {
    Shopper guest = Shopper.guest(baseUrl);
    guest.addAddress("home", true);
    long giftCard = guest.addGiftCard("25.00");
    List<Integer> statuses =
        IntStream.range(0, 3)
            .mapToObj(
                i -> {
                  try {
                    guest.add(store.lamp, 1);
                    HttpResponse<String> quote = guest.quote("{}");
                    return quote.statusCode() == 200
                        ? guest
                            .confirm(HttpClients.json(quote).getString("confirmationToken"))
                            .statusCode()
                        : quote.statusCode();
                  } catch (Exception e) {
                    throw new IllegalStateException(e);
                  }
                })
            .toList();

    // 10.00, 10.00, then 10.00 more against 5.00 left: refused at the quote.
    assertThat(statuses).containsExactly(201, 201, 409);
    assertThat(amount(guest.paymentMethod(giftCard), "balance")).isEqualByComparingTo("5.00");
  }
}
