package com.shopassistant.it.ordercare;

import static com.shopassistant.it.support.AccountProbes.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

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

/** Modifying what the default address says, in two steps, over HTTP. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DefaultAddressIT {

  private static final String QUOTE = "api/v1/me/default-address/quote";
  private static final String CONFIRM = "api/v1/me/default-address/confirm";
  private static final String NEW_HOME =
      "{\"address1\":\"77 Elm Street\",\"city\":\"Boston\",\"state\":\"MA\",\"zip\":\"02108\","
          + "\"country\":\"USA\"}";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return ShopDeployment.withTestPackages(DefaultAddressIT.class.getPackage());
  }

  @ArquillianResource URL baseUrl;

  private static long addAddress(ApiSession me, String label, boolean makeDefault)
      throws Exception {
    HttpResponse<String> added =
        me.post(
            "api/v1/me/addresses",
            "{\"label\":\""
                + label
                + "\",\"address1\":\"1 Old Road\",\"address2\":\"Apt 2\","
                + "\"city\":\"Denver\",\"country\":\"USA\",\"makeDefault\":"
                + makeDefault
                + "}");
    assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
    return HttpClients.json(added).getJsonNumber("id").longValue();
  }

  private static String confirmBody(JsonObject quote) {
    return "{\"confirmationToken\":\"" + quote.getString("confirmationToken") + "\"}";
  }

  @Test
  void theDefaultEntrySaysTheNewAddressAndKeepsItsLabel() throws Exception {
    ApiSession me = ApiSession.guest(baseUrl);
    long home = addAddress(me, "home", true);
    long office = addAddress(me, "office", false);

    JsonObject quote = HttpClients.json(me.post(QUOTE, NEW_HOME));
    HttpResponse<String> confirmed = me.post(CONFIRM, confirmBody(quote));

    assertThat(quote.getJsonNumber("addressId").longValue()).isEqualTo(home);
    assertThat(quote.getJsonObject("address").getString("city")).isEqualTo("Denver");
    assertThat(quote.getJsonObject("newAddress").getString("city")).isEqualTo("Boston");
    assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
    JsonObject entry = HttpClients.json(me.get("api/v1/me/addresses/" + home));
    assertThat(entry.getString("label")).isEqualTo("home");
    assertThat(entry.getBoolean("default")).isTrue();
    assertThat(entry.getString("address1")).isEqualTo("77 Elm Street");
    assertThat(entry.containsKey("address2")).isFalse();
    assertThat(HttpClients.json(me.get("api/v1/me/addresses/" + office)).getString("city"))
        .isEqualTo("Denver");
  }

  @Test
  void aRetriedConfirmAnswersTheSameEntry() throws Exception {
    ApiSession me = ApiSession.guest(baseUrl);
    addAddress(me, "home", true);
    JsonObject quote = HttpClients.json(me.post(QUOTE, NEW_HOME));

    HttpResponse<String> first = me.post(CONFIRM, confirmBody(quote));
    HttpResponse<String> again = me.post(CONFIRM, confirmBody(quote));

    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(again.body()).isEqualTo(first.body());
  }

  @Test
  void aDefaultChosenAnewSinceTheQuoteRefusesTheConfirm() throws Exception {
    ApiSession me = ApiSession.guest(baseUrl);
    addAddress(me, "home", true);
    long office = addAddress(me, "office", false);
    JsonObject quote = HttpClients.json(me.post(QUOTE, NEW_HOME));
    assertThat(me.put("api/v1/me/addresses/" + office + "/default", null).statusCode())
        .isEqualTo(200);

    assertProblem(me.post(CONFIRM, confirmBody(quote)), 409, "default-address-changed");
    assertThat(HttpClients.json(me.get("api/v1/me/addresses/" + office)).getString("address1"))
        .isEqualTo("1 Old Road");
  }

  @Test
  void withoutAnyAddressThereIsNoDefaultToModify() throws Exception {
    ApiSession me = ApiSession.guest(baseUrl);

    assertProblem(me.post(QUOTE, NEW_HOME), 409, "no-default-address");
    assertProblem(me.post(QUOTE, "{\"city\":\"Boston\"}"), 400, "validation-failed");
    assertThat(AccountProbes.array(me.get("api/v1/me/addresses"))).isEmpty();
  }

  @Test
  void anotherCustomersTokenIsNotFound() throws Exception {
    ApiSession owner = ApiSession.guest(baseUrl);
    ApiSession other = ApiSession.guest(baseUrl);
    addAddress(owner, "home", true);
    addAddress(other, "home", true);
    JsonObject quote = HttpClients.json(owner.post(QUOTE, NEW_HOME));

    assertProblem(other.post(CONFIRM, confirmBody(quote)), 404, "confirmation-not-found");
  }
}
