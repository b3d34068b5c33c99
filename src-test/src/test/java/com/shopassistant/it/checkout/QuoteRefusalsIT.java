package com.shopassistant.it.checkout;

import static com.shopassistant.it.checkout.CheckoutCalls.amount;
import static com.shopassistant.it.checkout.CheckoutCalls.ok;
import static com.shopassistant.it.checkout.CheckoutCalls.problem;
import static org.assertj.core.api.Assertions.assertThat;

import com.shopassistant.it.support.ShopDeployment;
import jakarta.json.JsonObject;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every refusal of {@code POST /api/v1/checkout/quote} on Liberty + PostgreSQL, with its problem
 * type and a detail that says what to do. Each test has its own store.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class QuoteRefusalsIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return ShopDeployment.withTestPackages(QuoteRefusalsIT.class.getPackage());
  }

  @ArquillianResource URL baseUrl;

  private final CheckoutStore store = new CheckoutStore();

  @BeforeEach
  void loadStore() throws Exception {
    store.importInto(baseUrl);
  }

  @Test
  void anEmptyCartCannotBeQuoted() throws Exception {
    Shopper guest = Shopper.guest(baseUrl).readyToPay();

    problem(guest.quote("{}"), 409, "cart-empty");
    guest.add(store.lamp, 1);
    ok(guest.session().delete("api/v1/cart"));
    JsonObject refused = problem(guest.quote("{}"), 409, "cart-empty");

    assertThat(refused.getString("detail")).contains("empty");
  }

  @Test
  void withoutAnAddressOrAPaymentMethodTheQuoteSaysWhatToAdd() throws Exception {
    Shopper guest = Shopper.guest(baseUrl);
    guest.add(store.lamp, 1);

    problem(guest.quote("{}"), 409, "address-required");
    guest.addAddress("home", true);
    problem(guest.quote("{}"), 409, "payment-method-required");
    guest.addCard();
    ok(guest.quote("{}"));
  }

  @Test
  void anotherCustomersAddressOrPaymentMethodIsNotFoundLikeAMissingOne() throws Exception {
    Shopper other = Shopper.guest(baseUrl);
    long theirAddress = other.addAddress("home", true);
    long theirCard = other.addCard();
    Shopper guest = Shopper.guest(baseUrl).readyToPay();
    guest.add(store.lamp, 1);

    JsonObject address =
        problem(guest.quote("{\"addressId\":" + theirAddress + "}"), 404, "address-not-found");
    JsonObject missing =
        problem(guest.quote("{\"addressId\":987654321}"), 404, "address-not-found");
    problem(
        guest.quote("{\"paymentMethodId\":" + theirCard + "}"), 404, "payment-method-not-found");
    problem(guest.quote("{\"paymentMethodId\":987654321}"), 404, "payment-method-not-found");

    assertThat(address.getString("title")).isEqualTo(missing.getString("title"));
    assertThat(address.getString("detail")).doesNotContain("other");
  }

  @Test
  void aQuoteNamesEveryItemTheStockCannotSupply() throws Exception {
    Shopper guest = Shopper.guest(baseUrl).readyToPay();
    StoreProbe probe = new StoreProbe(guest.session());
    guest.add(store.bottle, 3);
    guest.add(store.lamp, 2);
    probe.setStock(store.bottle, 1);
    probe.setStock(store.lamp, 0);

    JsonObject refused = problem(guest.quote("{}"), 409, "insufficient-stock");

    assertThat(refused.getString("detail"))
        .contains("1 of item " + store.bottle + " (Checkout Bottle) available, the cart holds 3")
        .contains("0 of item " + store.lamp + " (Checkout Lamp) available, the cart holds 2");
  }

  @Test
  void aGiftCardThatCannotCoverTheTotalIsRefusedWithItsBalance() throws Exception {
    Shopper guest = Shopper.guest(baseUrl).readyToPay();
    long giftCard = guest.addGiftCard("15.00");
    guest.add(store.lamp, 2);

    JsonObject refused =
        problem(
            guest.quote("{\"paymentMethodId\":" + giftCard + "}"),
            409,
            "insufficient-gift-card-balance");

    assertThat(refused.getString("detail")).contains("balance of 15.00").contains("20.00");
    assertThat(amount(guest.paymentMethod(giftCard), "balance")).isEqualByComparingTo("15.00");
    ok(guest.quote("{}")); // the card, the default, pays
  }

  @Test
  void aVoucherThatDoesNotApplyRefusesTheQuote() throws Exception {
    Shopper guest = Shopper.guest(baseUrl).readyToPay();
    long line = guest.add(store.lamp, 6).getJsonArray("lines").getJsonObject(0).getInt("id");
    ok(guest.applyVoucher(store.tenPercent));
    ok(guest.session().put("api/v1/cart/lines/" + line, "{\"quantity\":2}"));

    JsonObject fromCart = problem(guest.quote("{}"), 409, "voucher-min-spend-not-met");
    problem(
        guest.quote("{\"voucherCode\":\"NOPE-" + store.tenPercent + "\"}"),
        404,
        "voucher-not-found");
    problem(guest.quote("{\"voucherCode\":\"" + store.expired + "\"}"), 409, "voucher-expired");

    assertThat(fromCart.getString("detail")).contains("add 30.00 more");
    ok(guest.session().delete("api/v1/cart/voucher"));
    assertThat(amount(ok(guest.quote("{}")), "total")).isEqualByComparingTo("20.00");
  }

  @Test
  void badQuoteBodiesAre400() throws Exception {
    Shopper guest = Shopper.guest(baseUrl).readyToPay();
    guest.add(store.lamp, 1);

    problem(guest.quote("{\"address\":1}"), 400, "unknown-field");
    problem(guest.quote("{\"voucherCode\":\"" + "V".repeat(65) + "\"}"), 400, "validation-failed");
    problem(guest.quote("{\"addressId\":\"home\"}"), 400, "malformed-json");
    problem(guest.quote(null), 415, "unsupported-media-type");
  }
}
