package com.shopassistant.it.customer;

import static com.shopassistant.it.customer.AddressesIT.id;
import static com.shopassistant.it.support.AccountProbes.array;
import static com.shopassistant.it.support.AccountProbes.assertProblem;
import static com.shopassistant.it.support.AccountProbes.fieldsOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.shopassistant.it.order.OrderProbe;
import com.shopassistant.it.support.AccountProbes;
import com.shopassistant.it.support.ApiSession;
import com.shopassistant.it.support.HttpClients;
import com.shopassistant.it.support.ShopDeployment;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The caller's payment methods over HTTP, on Liberty + PostgreSQL; each test a fresh guest. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PaymentMethodsIT {

  private static final String METHODS = "api/v1/me/payment-methods";
  private static final String CARD =
      "{\"kind\":\"CREDIT_CARD\",\"brand\":\"Visa\",\"lastFour\":\"4242\"}";
  private static final String PAYPAL = "{\"kind\":\"PAYPAL\"}";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    // The order package brings the probe that gives a customer a gift card.
    return ShopDeployment.withTestPackages(
        PaymentMethodsIT.class.getPackage(), OrderProbe.class.getPackage());
  }

  @ArquillianResource URL baseUrl;

  @Test
  void aCardIsStoredAsBrandAndLastFourUnderATau2StyleCode() throws Exception {
    ApiSession guest = ApiSession.guest(baseUrl);

    HttpResponse<String> added = guest.post(METHODS, CARD);

    assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
    JsonObject card = HttpClients.json(added);
    assertThat(card.getString("code")).matches("credit_card_\\d{7}");
    assertThat(card.getString("kind")).isEqualTo("CREDIT_CARD");
    assertThat(card.getString("brand")).isEqualTo("visa");
    assertThat(card.getString("lastFour")).isEqualTo("4242");
    assertThat(card.getBoolean("default")).isTrue();
    assertThat(card.containsKey("balance")).isFalse();
    assertThat(added.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/" + METHODS + "/" + id(card)));
  }

  @Test
  void paypalIsAddedBesideTheCardAndCanBecomeTheDefault() throws Exception {
    ApiSession guest = ApiSession.guest(baseUrl);
    guest.post(METHODS, CARD);
    JsonObject paypal = HttpClients.json(guest.post(METHODS, PAYPAL));

    HttpResponse<String> answer = guest.put(METHODS + "/" + id(paypal) + "/default", null);

    assertThat(paypal.getString("code")).matches("paypal_\\d{7}");
    assertThat(paypal.getBoolean("default")).isFalse();
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    assertThat(HttpClients.json(answer).getBoolean("default")).isTrue();
    assertThat(kindsAndDefaults(guest)).containsExactly("CREDIT_CARD:false", "PAYPAL:true");
  }

  @Test
  void deletingTheDefaultHandsTheMarkToTheOldestLeft() throws Exception {
    ApiSession guest = ApiSession.guest(baseUrl);
    long card = id(HttpClients.json(guest.post(METHODS, CARD)));
    long paypal = id(HttpClients.json(guest.post(METHODS, PAYPAL)));
    guest.put(METHODS + "/" + card + "/default", null);
    long secondCard = id(HttpClients.json(guest.post(METHODS, CARD.replace("4242", "0005"))));

    HttpResponse<String> deleted = guest.delete(METHODS + "/" + card);

    assertThat(deleted.statusCode()).isEqualTo(204);
    assertProblem(guest.get(METHODS + "/" + card), 404, "not-found");
    JsonObject oldestLeft = HttpClients.json(guest.get(METHODS + "/" + paypal));
    assertThat(oldestLeft.getBoolean("default")).isTrue();
    assertThat(HttpClients.json(guest.get(METHODS + "/" + secondCard)).getBoolean("default"))
        .isFalse();
  }

  @Test
  void aGiftCardCannotBeAddedByACustomer() throws Exception {
    ApiSession guest = ApiSession.guest(baseUrl);

    HttpResponse<String> answer = guest.post(METHODS, "{\"kind\":\"GIFT_CARD\"}");

    assertProblem(answer, 400, "gift-card-not-addable");
    assertThat(array(guest.get(METHODS))).isEmpty();
  }

  @Test
  void cardDetailsAreCheckedFieldByField() throws Exception {
    ApiSession guest = ApiSession.guest(baseUrl);

    JsonObject fullNumber =
        assertProblem(
            guest.post(METHODS, CARD.replace("4242", "4242424242424242")),
            400,
            "validation-failed");
    JsonObject noBrand =
        assertProblem(
            guest.post(METHODS, "{\"kind\":\"CREDIT_CARD\",\"lastFour\":\"4242\"}"),
            400,
            "validation-failed");
    JsonObject paypalWithDigits =
        assertProblem(
            guest.post(METHODS, "{\"kind\":\"PAYPAL\",\"lastFour\":\"4242\"}"),
            400,
            "validation-failed");
    JsonObject unknownKind =
        assertProblem(guest.post(METHODS, "{\"kind\":\"BITCOIN\"}"), 400, "validation-failed");
    JsonObject longBrand =
        assertProblem(
            guest.post(METHODS, CARD.replace("Visa", "v".repeat(51))), 400, "validation-failed");

    assertThat(fieldsOf(fullNumber)).containsExactly("lastFour");
    assertThat(fieldsOf(noBrand)).containsExactly("brand");
    assertThat(fieldsOf(paypalWithDigits)).containsExactly("lastFour");
    assertThat(fieldsOf(unknownKind)).containsExactly("kind");
    assertThat(fieldsOf(longBrand)).containsExactly("brand");
    assertThat(array(guest.get(METHODS))).isEmpty();
  }

  @Test
  void aGiftCardShowsItsBalanceAndIsKeptWhileItHoldsMoney() throws Exception {
    ApiSession guest = ApiSession.guest(baseUrl);
    JsonObject issued = AccountProbes.addGiftCard(guest, "25.50");

    JsonObject gift = HttpClients.json(guest.get(METHODS + "/" + id(issued)));
    HttpResponse<String> delete = guest.delete(METHODS + "/" + id(issued));

    assertThat(gift.getString("kind")).isEqualTo("GIFT_CARD");
    assertThat(gift.getJsonNumber("balance").bigDecimalValue()).isEqualByComparingTo("25.50");
    JsonObject problem = assertProblem(delete, 409, "gift-card-has-balance");
    assertThat(problem.getString("detail")).contains(issued.getString("code"), "25.50");
    assertThat(array(guest.get(METHODS))).hasSize(1);
  }

  @Test
  void anEmptyGiftCardCanBeDeleted() throws Exception {
    ApiSession guest = ApiSession.guest(baseUrl);
    JsonObject issued = AccountProbes.addGiftCard(guest, "0.00");

    HttpResponse<String> delete = guest.delete(METHODS + "/" + id(issued));

    assertThat(delete.statusCode()).isEqualTo(204);
    assertThat(array(guest.get(METHODS))).isEmpty();
  }

  @Test
  void withoutATokenPaymentMethodsAreA401() throws Exception {
    HttpResponse<String> answer = HttpClients.postJson(HttpClients.under(baseUrl, METHODS), PAYPAL);

    assertProblem(answer, 401, "unauthorized");
  }

  private static List<String> kindsAndDefaults(ApiSession guest) throws Exception {
    return array(guest.get(METHODS)).getValuesAs(JsonObject.class).stream()
        .map(m -> m.getString("kind") + ":" + m.getBoolean("default"))
        .toList();
  }
}
