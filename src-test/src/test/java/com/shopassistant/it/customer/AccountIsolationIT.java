package com.shopassistant.it.customer;

import static com.shopassistant.it.customer.AddressesIT.id;
import static com.shopassistant.it.support.AccountProbes.array;
import static com.shopassistant.it.support.AccountProbes.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.shopassistant.it.order.OrderProbe;
import com.shopassistant.it.support.AccountProbes;
import com.shopassistant.it.support.ApiSession;
import com.shopassistant.it.support.HttpClients;
import com.shopassistant.it.support.ShopDeployment;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Per-user isolation: customer A, signed in with a token of their own, names customer B's address,
 * payment method and order. Every attempt answers exactly what a missing id answers (404, same type
 * and detail), and B's data reads the same afterwards.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccountIsolationIT {

  private static final String ADDRESSES = "api/v1/me/addresses";
  private static final String METHODS = "api/v1/me/payment-methods";
  private static final String ORDERS = "api/v1/orders";
  private static final String MISSING_ID = "999999999";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return ShopDeployment.withTestPackages(
        AccountIsolationIT.class.getPackage(), OrderProbe.class.getPackage());
  }

  @ArquillianResource URL baseUrl;

  @Test
  void anotherCustomersAddressIsNotFoundForReadDefaultOrDelete() throws Exception {
    ApiSession b = ApiSession.guest(baseUrl);
    long home = id(HttpClients.json(b.post(ADDRESSES, address("home"))));
    long office = id(HttpClients.json(b.post(ADDRESSES, address("office"))));
    String before = b.get(ADDRESSES).body();
    ApiSession a = ApiSession.register(baseUrl, "a-long-enough-password-1");
    a.post(ADDRESSES, address("home"));

    assertLikeMissing(a, "GET", ADDRESSES + "/" + home, ADDRESSES + "/" + MISSING_ID);
    assertLikeMissing(
        a, "PUT", ADDRESSES + "/" + office + "/default", ADDRESSES + "/" + MISSING_ID + "/default");
    assertLikeMissing(a, "DELETE", ADDRESSES + "/" + home, ADDRESSES + "/" + MISSING_ID);

    assertThat(b.get(ADDRESSES).body()).isEqualTo(before);
    assertThat(array(a.get(ADDRESSES))).hasSize(1);
  }

  @Test
  void anotherCustomersPaymentMethodIsNotFoundForReadDefaultOrDelete() throws Exception {
    ApiSession b = ApiSession.guest(baseUrl);
    long card =
        id(
            HttpClients.json(
                b.post(
                    METHODS,
                    "{\"kind\":\"CREDIT_CARD\",\"brand\":\"visa\",\"lastFour\":\"1881\"}")));
    long paypal = id(HttpClients.json(b.post(METHODS, "{\"kind\":\"PAYPAL\"}")));
    long gift = id(AccountProbes.addGiftCard(b, "0.00"));
    String before = b.get(METHODS).body();
    ApiSession a = ApiSession.guest(baseUrl);

    assertLikeMissing(a, "GET", METHODS + "/" + card, METHODS + "/" + MISSING_ID);
    assertLikeMissing(
        a, "PUT", METHODS + "/" + paypal + "/default", METHODS + "/" + MISSING_ID + "/default");
    assertLikeMissing(a, "DELETE", METHODS + "/" + card, METHODS + "/" + MISSING_ID);
    assertLikeMissing(a, "DELETE", METHODS + "/" + gift, METHODS + "/" + MISSING_ID);

    assertThat(b.get(METHODS).body()).isEqualTo(before);
    assertThat(array(a.get(METHODS))).isEmpty();
  }

  @Test
  void anotherCustomersOrderIsNotFoundNorListed() throws Exception {
    ApiSession b = ApiSession.guest(baseUrl);
    String number = AccountProbes.placeOrders(b, 1).get(0);
    String before = b.get(ORDERS + "/" + number.substring(1)).body();
    ApiSession a = ApiSession.guest(baseUrl);

    assertLikeMissing(a, "GET", ORDERS + "/" + number.substring(1), ORDERS + "/T" + MISSING_ID);

    assertThat(HttpClients.json(a.get(ORDERS)).getInt("total")).isZero();
    assertThat(b.get(ORDERS + "/" + number.substring(1)).body()).isEqualTo(before);
  }

  /** A's request for B's entry gets the very answer A's request for a missing one gets. */
  private static void assertLikeMissing(ApiSession a, String method, String theirs, String missing)
      throws Exception {
    HttpResponse<String> forTheirs = a.send(method, theirs, null);
    HttpResponse<String> forMissing = a.send(method, missing, null);

    JsonObject theirsProblem = assertProblem(forTheirs, 404, "not-found");
    JsonObject missingProblem = assertProblem(forMissing, 404, "not-found");
    assertThat(theirsProblem.getString("title")).isEqualTo(missingProblem.getString("title"));
    assertThat(theirsProblem.getString("detail")).isEqualTo(missingProblem.getString("detail"));
  }

  private static String address(String label) {
    return "{\"label\":\""
        + label
        + "\",\"address1\":\"7 Harbor View\",\"city\":\"Seattle\",\"country\":\"USA\"}";
  }
}
