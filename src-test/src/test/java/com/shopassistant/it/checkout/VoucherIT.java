package com.shopassistant.it.checkout;

import static com.shopassistant.it.checkout.CheckoutCalls.PROBLEM;
import static com.shopassistant.it.checkout.CheckoutCalls.amount;
import static com.shopassistant.it.checkout.CheckoutCalls.ok;
import static com.shopassistant.it.checkout.CheckoutCalls.problem;
import static org.assertj.core.api.Assertions.assertThat;

import com.shopassistant.it.support.ShopDeployment;
import jakarta.json.JsonObject;
import java.net.URL;
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
 * {@code PUT/DELETE /api/v1/cart/voucher} and the voucher in the cart's view, on Liberty +
 * PostgreSQL: every rule's refusal with its problem type, the discount arithmetic, and a voucher
 * that stops applying when the cart changes. Each test has its own store and vouchers.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class VoucherIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return ShopDeployment.withTestPackages(VoucherIT.class.getPackage());
  }

  @ArquillianResource URL baseUrl;

  private final CheckoutStore store = new CheckoutStore();

  @BeforeEach
  void loadStore() throws Exception {
    store.importInto(baseUrl);
  }

  @Test
  void aCodeInAnyCaseIsAppliedAndTakenOffTheTotal() throws Exception {
    Shopper guest = Shopper.guest(baseUrl);
    guest.add(store.lamp, 6);

    JsonObject cart = ok(guest.applyVoucher(store.tenPercent.toLowerCase(Locale.ROOT)));

    assertThat(amount(cart, "subtotal")).isEqualByComparingTo("60.00");
    assertThat(amount(cart, "discount")).isEqualByComparingTo("6.00");
    assertThat(amount(cart, "total")).isEqualByComparingTo("54.00");
    JsonObject voucher = cart.getJsonObject("voucher");
    assertThat(voucher.getString("code")).isEqualTo(store.tenPercent);
    assertThat(voucher.getString("description")).isEqualTo("test voucher " + store.tenPercent);
    assertThat(voucher.getBoolean("applies")).isTrue();
    assertThat(voucher.isNull("reason")).isTrue();
    assertThat(voucher.isNull("reasonType")).isTrue();
    assertThat(ok(guest.cart())).isEqualTo(cart);
  }

  @Test
  void aPercentageIsRoundedHalfUpToCentsAndCappedAtItsMaximum() throws Exception {
    Shopper guest = Shopper.guest(baseUrl);
    guest.add(store.bottle, 2);
    guest.add(store.pen, 3);

    // 10 % of 99.43 is 9.943: 9.94.
    JsonObject rounded = ok(guest.applyVoucher(store.tenPercent));
    assertThat(guest.cart().body()).contains("\"subtotal\":99.43,\"discount\":9.94");
    assertThat(amount(rounded, "total")).isEqualByComparingTo("89.49");

    // 10 % of 299.43 would be 29.94: the voucher takes at most 25.00.
    JsonObject capped = guest.add(store.lamp, 20);
    assertThat(amount(capped, "discount")).isEqualByComparingTo("25.00");
    assertThat(amount(capped, "total")).isEqualByComparingTo("274.43");
  }

  @Test
  void anUnknownCodeIs404AndTheCartKeepsItsVoucher() throws Exception {
    Shopper guest = Shopper.guest(baseUrl);
    guest.add(store.lamp, 6);
    ok(guest.applyVoucher(store.tenPercent));

    JsonObject refused =
        problem(guest.applyVoucher("NO-SUCH-" + store.tenPercent), 404, "voucher-not-found");

    assertThat(refused.getString("detail")).contains("NO-SUCH-" + store.tenPercent);
    assertThat(ok(guest.cart()).getJsonObject("voucher").getString("code"))
        .isEqualTo(store.tenPercent);
  }

  @Test
  void aVoucherNotYetValidOrExpiredIsRefusedWithItsOwnType() throws Exception {
    Shopper guest = Shopper.guest(baseUrl);
    guest.add(store.lamp, 1);

    JsonObject early = problem(guest.applyVoucher(store.future), 409, "voucher-not-yet-valid");
    JsonObject late = problem(guest.applyVoucher(store.expired), 409, "voucher-expired");

    assertThat(early.getString("detail")).contains("from 2099-01-01 00:00 UTC");
    assertThat(late.getString("detail")).contains("expired on 2021-01-01 00:00 UTC");
    assertThat(ok(guest.cart()).isNull("voucher")).isTrue();
  }

  @Test
  void anInactiveVoucherIsRefusedAndACartHoldingItSaysSo() throws Exception {
    Shopper guest = Shopper.guest(baseUrl);
    StoreProbe probe = new StoreProbe(guest.session());
    guest.add(store.lamp, 6);
    ok(guest.applyVoucher(store.fiveOnce));

    probe.setVoucherActive(store.fiveOnce, false);

    JsonObject cart = ok(guest.cart());
    assertThat(cart.getJsonObject("voucher").getBoolean("applies")).isFalse();
    assertThat(cart.getJsonObject("voucher").getString("reasonType"))
        .isEqualTo(PROBLEM + "voucher-inactive");
    assertThat(amount(cart, "discount")).isEqualByComparingTo("0.00");
    problem(guest.applyVoucher(store.fiveOnce), 409, "voucher-inactive");
  }

  @Test
  void belowTheMinimumSpendTheRefusalSaysHowMuchMoreToSpend() throws Exception {
    Shopper guest = Shopper.guest(baseUrl);
    guest.add(store.lamp, 3);
    guest.add(store.pen, 2);

    JsonObject refused =
        problem(guest.applyVoucher(store.tenPercent), 409, "voucher-min-spend-not-met");

    assertThat(refused.getString("detail"))
        .isEqualTo(
            "Voucher "
                + store.tenPercent
                + " needs a subtotal of at least 50.00; the cart's is 32.50, so add 17.50 more.");
    assertThat(ok(guest.cart()).isNull("voucher")).isTrue();
  }

  @Test
  void aCartThatFallsBelowTheMinimumKeepsTheVoucherButItDoesNotApply() throws Exception {
    Shopper guest = Shopper.guest(baseUrl);
    long line = guest.add(store.lamp, 6).getJsonArray("lines").getJsonObject(0).getInt("id");
    ok(guest.applyVoucher(store.tenPercent));

    JsonObject smaller = ok(guest.session().put("api/v1/cart/lines/" + line, "{\"quantity\":4}"));

    JsonObject voucher = smaller.getJsonObject("voucher");
    assertThat(voucher.getString("code")).isEqualTo(store.tenPercent);
    assertThat(voucher.getBoolean("applies")).isFalse();
    assertThat(voucher.getString("reason")).contains("add 10.00 more");
    assertThat(voucher.getString("reasonType")).isEqualTo(PROBLEM + "voucher-min-spend-not-met");
    assertThat(amount(smaller, "discount")).isEqualByComparingTo("0.00");
    assertThat(amount(smaller, "total")).isEqualByComparingTo("40.00");

    JsonObject again = ok(guest.session().put("api/v1/cart/lines/" + line, "{\"quantity\":5}"));
    assertThat(again.getJsonObject("voucher").getBoolean("applies")).isTrue();
    assertThat(amount(again, "discount")).isEqualByComparingTo("5.00");
  }

  @Test
  void removingTheVoucherRestoresTheTotalAndRemovingNoneChangesNothing() throws Exception {
    Shopper guest = Shopper.guest(baseUrl);
    guest.add(store.lamp, 6);
    ok(guest.applyVoucher(store.tenPercent));

    JsonObject removed = ok(guest.session().delete("api/v1/cart/voucher"));
    JsonObject again = ok(guest.session().delete("api/v1/cart/voucher"));

    assertThat(removed.isNull("voucher")).isTrue();
    assertThat(amount(removed, "discount")).isEqualByComparingTo("0.00");
    assertThat(amount(removed, "total")).isEqualByComparingTo("60.00");
    assertThat(again).isEqualTo(removed);
    assertThat(ok(Shopper.guest(baseUrl).session().delete("api/v1/cart/voucher")).isNull("voucher"))
        .isTrue();
  }

  @Test
  void aBlankOrOverlongCodeIs400() throws Exception {
    Shopper guest = Shopper.guest(baseUrl);

    problem(guest.applyVoucher(" "), 400, "validation-failed");
    problem(guest.applyVoucher("X".repeat(65)), 400, "validation-failed");
    problem(
        guest.session().put("api/v1/cart/voucher", "{\"voucher\":\"X\"}"), 400, "unknown-field");
  }

  @Test
  void aVoucherUsedUpByOtherCustomersIsRefused() throws Exception {
    for (int i = 0; i < 3; i++) {
      Shopper buyer = Shopper.guest(baseUrl).readyToPay();
      buyer.add(store.pen, 4);
      ok(buyer.applyVoucher(store.threeUses));
      assertThat(buyer.confirm(buyer.quoteToken()).statusCode()).isEqualTo(201);
    }
    Shopper late = Shopper.guest(baseUrl);
    late.add(store.pen, 4);

    JsonObject refused =
        problem(late.applyVoucher(store.threeUses), 409, "voucher-usage-limit-reached");

    assertThat(refused.getString("detail")).contains("used 3 times");
    assertThat(new StoreProbe(late.session()).timesUsed(store.threeUses)).isEqualTo(3);
  }

  @Test
  void aVoucherOncePerCustomerIsRefusedAfterTheirFirstOrderWithIt() throws Exception {
    Shopper guest = Shopper.guest(baseUrl).readyToPay();
    guest.add(store.lamp, 3);
    ok(guest.applyVoucher(store.fiveOnce));
    JsonObject order = CheckoutCalls.status(guest.confirm(guest.quoteToken()), 201);
    assertThat(order.getString("voucherCode")).isEqualTo(store.fiveOnce);
    assertThat(amount(order, "discount")).isEqualByComparingTo("5.00");

    guest.add(store.lamp, 3);
    JsonObject refused =
        problem(guest.applyVoucher(store.fiveOnce), 409, "voucher-customer-limit-reached");
    problem(
        guest.quote("{\"voucherCode\":\"" + store.fiveOnce + "\"}"),
        409,
        "voucher-customer-limit-reached");

    assertThat(refused.getString("detail"))
        .contains("already used voucher " + store.fiveOnce + " once");
    Shopper other = Shopper.guest(baseUrl);
    other.add(store.lamp, 3);
    assertThat(
            ok(other.applyVoucher(store.fiveOnce)).getJsonObject("voucher").getBoolean("applies"))
        .isTrue();
  }
}
