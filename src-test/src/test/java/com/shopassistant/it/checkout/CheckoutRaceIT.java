package com.shopassistant.it.checkout;

import static com.shopassistant.it.checkout.CheckoutCalls.atOnce;
import static com.shopassistant.it.checkout.CheckoutCalls.inParallel;
import static com.shopassistant.it.checkout.CheckoutCalls.problem;
import static org.assertj.core.api.Assertions.assertThat;

import com.shopassistant.it.support.HttpClients;
import com.shopassistant.it.support.ShopDeployment;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Many buyers confirming at the same moment over HTTP: no unit is sold twice and no voucher is used
 * beyond its limit. Every buyer is a guest of their own who quoted first, so only the confirms
 * race.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CheckoutRaceIT {

  private static final int SETUP_THREADS = 8;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return ShopDeployment.withTestPackages(CheckoutRaceIT.class.getPackage());
  }

  @ArquillianResource URL baseUrl;

  private final CheckoutStore store = new CheckoutStore();

  /** A guest with an address, a card and {@code quantity} of the item in the cart, quoted. */
  private record Buyer(Shopper shopper, String token) {}

  private List<Buyer> buyers(int count, String itemCode, int quantity, String voucher)
      throws Exception {
    List<Callable<Buyer>> setups =
        IntStream.range(0, count)
            .<Callable<Buyer>>mapToObj(
                i ->
                    () -> {
                      Shopper shopper = Shopper.guest(baseUrl).readyToPay();
                      shopper.add(itemCode, quantity);
                      if (voucher != null) {
                        CheckoutCalls.ok(shopper.applyVoucher(voucher));
                      }
                      return new Buyer(shopper, shopper.quoteToken());
                    })
            .toList();
    return inParallel(setups, SETUP_THREADS);
  }

  private static List<HttpResponse<String>> confirmAllAtOnce(List<Buyer> buyers) throws Exception {
    return atOnce(
        buyers.stream()
            .<Callable<HttpResponse<String>>>map(b -> () -> b.shopper().confirm(b.token()))
            .toList());
  }

  @Test
  void twoHundredBuyersForTenUnitsMakeTenOrders() throws Exception {
    store.importInto(baseUrl);
    StoreProbe probe = new StoreProbe(Shopper.guest(baseUrl).session());
    probe.setStock(store.lamp, 10);
    List<Buyer> buyers = buyers(200, store.lamp, 1, null);

    List<HttpResponse<String>> answers = confirmAllAtOnce(buyers);

    List<HttpResponse<String>> placed =
        answers.stream().filter(answer -> answer.statusCode() == 201).toList();
    List<HttpResponse<String>> refused =
        answers.stream().filter(answer -> answer.statusCode() != 201).toList();
    assertThat(placed).hasSize(10);
    assertThat(refused).hasSize(190);
    refused.forEach(answer -> problem(answer, 409, "insufficient-stock"));
    assertThat(placed)
        .extracting(answer -> HttpClients.json(answer).getString("orderNumber"))
        .doesNotHaveDuplicates();
    assertThat(probe.stock(store.lamp)).isZero();
    long orders = 0;
    for (Buyer buyer : buyers) {
      orders += probe.orders(buyer.shopper().id());
    }
    assertThat(orders).isEqualTo(10);
  }

  @Test
  void buyersRacingForAVoucherWithThreeUsesLeftGetThreeDiscounts() throws Exception {
    store.importInto(baseUrl);
    StoreProbe probe = new StoreProbe(Shopper.guest(baseUrl).session());
    List<Buyer> buyers = buyers(10, store.pen, 4, store.threeUses);

    List<HttpResponse<String>> answers = confirmAllAtOnce(buyers);

    assertThat(answers).filteredOn(answer -> answer.statusCode() == 201).hasSize(3);
    answers.stream()
        .filter(answer -> answer.statusCode() != 201)
        .forEach(answer -> problem(answer, 409, "voucher-usage-limit-reached"));
    assertThat(probe.timesUsed(store.threeUses)).isEqualTo(3);
    assertThat(probe.redemptions(store.threeUses)).isEqualTo(3);
    assertThat(probe.stock(store.pen)).isEqualTo(500 - 3 * 4);
  }
}
