package com.shopassistant.it.checkout;

import static com.shopassistant.it.checkout.CheckoutCalls.amount;
import static com.shopassistant.it.checkout.CheckoutCalls.ok;
import static com.shopassistant.it.checkout.CheckoutCalls.problem;
import static com.shopassistant.it.checkout.CheckoutCalls.status;
import static org.assertj.core.api.Assertions.assertThat;

import com.shopassistant.it.support.ShopDeployment;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code POST /api/v1/checkout/quote} and {@code /confirm} on Liberty + PostgreSQL: an order placed
 * from quote to confirm with everything it changes, and the confirm's refusals, each leaving the
 * store as it was. The quote's refusals are in {@link QuoteRefusalsIT}. Each test has its own
 * store.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CheckoutIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return ShopDeployment.withTestPackages(CheckoutIT.class.getPackage());
  }

  @ArquillianResource URL baseUrl;

  private final CheckoutStore store = new CheckoutStore();

  @BeforeEach
  void loadStore() throws Exception {
    store.importInto(baseUrl);
  }

  @Test
  void aQuoteStatesTheOrderAndItsConfirmPlacesIt() throws Exception {
    Shopper guest = Shopper.guest(baseUrl);
    StoreProbe probe = new StoreProbe(guest.session());
    guest.addAddress("home", true);
    long office = guest.addAddress("office", false);
    guest.addCard();
    long giftCard = guest.addGiftCard("500.00");
    guest.add(store.lamp, 2);
    guest.add(store.bottle, 1);
    ok(guest.applyVoucher(store.tenPercent));
    guest.add(store.lamp, 1); // 77.84, 10 % off: 7.784 rounds to 7.78

    JsonObject quote =
        ok(guest.quote("{\"addressId\":" + office + ",\"paymentMethodId\":" + giftCard + "}"));

    assertThat(quote.getJsonArray("lines")).hasSize(2);
    assertThat(quote.getInt("itemCount")).isEqualTo(4);
    assertThat(amount(quote, "subtotal")).isEqualByComparingTo("77.84");
    assertThat(amount(quote, "discount")).isEqualByComparingTo("7.78");
    assertThat(amount(quote, "shipping")).isEqualByComparingTo("0.00");
    assertThat(amount(quote, "total")).isEqualByComparingTo("70.06");
    assertThat(quote.getString("currency")).isEqualTo("USD");
    assertThat(quote.getJsonObject("voucher").getString("code")).isEqualTo(store.tenPercent);
    assertThat(quote.getJsonObject("shippingAddress").getInt("id")).isEqualTo((int) office);
    assertThat(quote.getJsonObject("paymentMethod").getInt("id")).isEqualTo((int) giftCard);
    assertThat(quote.getString("confirmationToken")).startsWith("cf_");
    assertThat(quote.getString("expiresAt")).isNotBlank();
    assertThat(probe.stock(store.lamp)).as("a quote takes nothing").isEqualTo(50);

    HttpResponse<String> answer = guest.confirm(quote.getString("confirmationToken"));

    JsonObject order = status(answer, 201);
    String number = order.getString("orderNumber");
    assertThat(number).matches("#S\\d{8}");
    assertThat(answer.headers().firstValue("Location"))
        .hasValueSatisfying(
            location -> assertThat(location).endsWith("/api/v1/orders/" + number.substring(1)));
    assertThat(order.getString("status")).isEqualTo("PENDING");
    assertThat(order.getString("voucherCode")).isEqualTo(store.tenPercent);
    assertThat(amount(order, "subtotal")).isEqualByComparingTo("77.84");
    assertThat(amount(order, "discount")).isEqualByComparingTo("7.78");
    assertThat(amount(order, "total")).isEqualByComparingTo("70.06");
    assertThat(order.getJsonObject("shippingAddress").getString("address1"))
        .isEqualTo("1 office Street");
    assertThat(order.getJsonArray("lines")).hasSize(2);
    JsonObject payment = order.getJsonArray("payments").getJsonObject(0);
    assertThat(payment.getString("kind")).isEqualTo("PAYMENT");
    assertThat(amount(payment, "amount")).isEqualByComparingTo("70.06");
    assertThat(payment.getString("paymentMethodCode")).startsWith("gift_card_checkout_");

    JsonObject history = guest.orders();
    assertThat(history.getInt("total")).isEqualTo(1);
    assertThat(history.getJsonArray("items").getJsonObject(0).getString("orderNumber"))
        .isEqualTo(number);
    assertThat(ok(guest.session().get("api/v1/orders/" + number.substring(1)))).isEqualTo(order);
    assertThat(probe.stock(store.lamp)).isEqualTo(47);
    assertThat(probe.stock(store.bottle)).isEqualTo(2);
    JsonObject cart = ok(guest.cart());
    assertThat(cart.getJsonArray("lines")).isEmpty();
    assertThat(cart.isNull("voucher")).isTrue();
    assertThat(amount(guest.paymentMethod(giftCard), "balance")).isEqualByComparingTo("429.94");
    assertThat(probe.timesUsed(store.tenPercent)).isEqualTo(1);
    assertThat(probe.redemptions(store.tenPercent)).isEqualTo(1);
  }

  @Test
  void withoutChoicesTheQuoteUsesTheDefaultsAndAVoucherCanBeNamed() throws Exception {
    Shopper guest = Shopper.guest(baseUrl);
    long home = guest.addAddress("home", false);
    guest.addAddress("office", false);
    long card = guest.addCard();
    guest.add(store.lamp, 6);

    JsonObject plain = ok(guest.quote("{}"));
    JsonObject named =
        ok(guest.quote("{\"voucherCode\":\"" + store.tenPercent.toLowerCase(Locale.ROOT) + "\"}"));

    assertThat(plain.getJsonObject("shippingAddress").getInt("id")).isEqualTo((int) home);
    assertThat(plain.getJsonObject("paymentMethod").getInt("id")).isEqualTo((int) card);
    assertThat(plain.isNull("voucher")).isTrue();
    assertThat(amount(plain, "total")).isEqualByComparingTo("60.00");
    assertThat(amount(named, "discount")).isEqualByComparingTo("6.00");
    assertThat(amount(named, "total")).isEqualByComparingTo("54.00");
    assertThat(ok(guest.cart()).isNull("voucher")).as("naming a voucher leaves the cart").isTrue();
    JsonObject order = status(guest.confirm(named.getString("confirmationToken")), 201);
    assertThat(amount(order, "total")).isEqualByComparingTo("54.00");
    assertThat(order.getString("voucherCode")).isEqualTo(store.tenPercent);
  }

  @Test
  void aCartOrPriceChangedSinceTheQuoteIsRefusedAsOutdatedAndNothingIsWritten() throws Exception {
    Shopper guest = Shopper.guest(baseUrl).readyToPay();
    StoreProbe probe = new StoreProbe(guest.session());
    guest.add(store.lamp, 2);
    String token = guest.quoteToken();
    guest.add(store.pen, 1);

    JsonObject changedCart = problem(guest.confirm(token), 409, "quote-outdated");

    String second = guest.quoteToken();
    probe.setPrice(store.lamp, "11.00");
    problem(guest.confirm(second), 409, "quote-outdated");

    assertThat(changedCart.getString("detail")).contains("new quote");
    assertThat(probe.orders(guest.id())).isZero();
    assertThat(probe.stock(store.lamp)).isEqualTo(50);
    assertThat(ok(guest.cart()).getJsonArray("lines")).hasSize(2);
    JsonObject requoted = ok(guest.quote("{}"));
    assertThat(amount(requoted, "total")).isEqualByComparingTo("23.25");
    status(guest.confirm(requoted.getString("confirmationToken")), 201);
  }

  @Test
  void stockSoldSinceTheQuoteIs409AtConfirmNamingTheItemAndNothingIsWritten() throws Exception {
    Shopper guest = Shopper.guest(baseUrl);
    StoreProbe probe = new StoreProbe(guest.session());
    guest.addAddress("home", true);
    long giftCard = guest.addGiftCard("200.00");
    guest.add(store.bottle, 2);
    guest.add(store.lamp, 1);
    String token = guest.quoteToken();
    probe.setStock(store.bottle, 1);

    JsonObject refused = problem(guest.confirm(token), 409, "insufficient-stock");

    assertThat(refused.getString("detail"))
        .contains("1 of item " + store.bottle + " (Checkout Bottle) available");
    assertThat(probe.orders(guest.id())).isZero();
    assertThat(probe.stock(store.lamp)).isEqualTo(50);
    assertThat(probe.stock(store.bottle)).isEqualTo(1);
    assertThat(amount(guest.paymentMethod(giftCard), "balance")).isEqualByComparingTo("200.00");
    assertThat(ok(guest.cart()).getJsonArray("lines")).hasSize(2);
  }

  @Test
  void aConfirmNeedsAnIdempotencyKeyOf1To100Characters() throws Exception {
    Shopper guest = Shopper.guest(baseUrl).readyToPay();
    guest.add(store.lamp, 1);
    String token = guest.quoteToken();

    JsonObject missing = problem(guest.confirm(token, null), 400, "idempotency-key-invalid");
    problem(guest.confirm(token, " "), 400, "idempotency-key-invalid");
    problem(guest.confirm(token, "k".repeat(101)), 400, "idempotency-key-invalid");
    problem(guest.confirm(null, "key-1"), 400, "validation-failed");

    assertThat(missing.getString("detail")).contains("Idempotency-Key");
    assertThat(new StoreProbe(guest.session()).orders(guest.id())).isZero();
    status(guest.confirm(token, "k".repeat(100)), 201);
  }

  @Test
  void anUnknownOrAnotherCustomersTokenIsNotFound() throws Exception {
    Shopper owner = Shopper.guest(baseUrl).readyToPay();
    owner.add(store.lamp, 1);
    String token = owner.quoteToken();
    Shopper other = Shopper.guest(baseUrl).readyToPay();
    other.add(store.lamp, 1);

    problem(other.confirm(token), 404, "confirmation-not-found");
    problem(other.confirm("cf_no-such-token"), 404, "confirmation-not-found");

    assertThat(new StoreProbe(other.session()).orders(other.id())).isZero();
    status(owner.confirm(token), 201);
  }

  @Test
  void aFreeOrderIsPlacedWithoutAPayment() throws Exception {
    Shopper guest = Shopper.guest(baseUrl);
    guest.addAddress("home", true);
    long giftCard = guest.addGiftCard("5.00");
    guest.add(store.bottle, 1);
    ok(guest.applyVoucher(store.free));

    JsonObject quote = ok(guest.quote("{}"));
    JsonObject order = status(guest.confirm(quote.getString("confirmationToken")), 201);

    assertThat(amount(quote, "total")).isEqualByComparingTo("0.00");
    assertThat(amount(order, "discount")).isEqualByComparingTo("47.84");
    assertThat(amount(order, "total")).isEqualByComparingTo("0.00");
    assertThat(order.getJsonArray("payments")).isEmpty();
    assertThat(amount(guest.paymentMethod(giftCard), "balance")).isEqualByComparingTo("5.00");
  }
}
