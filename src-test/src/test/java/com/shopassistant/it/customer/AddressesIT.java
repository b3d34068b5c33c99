package com.shopassistant.it.customer;

import static com.shopassistant.it.support.AccountProbes.array;
import static com.shopassistant.it.support.AccountProbes.assertProblem;
import static com.shopassistant.it.support.AccountProbes.fieldsOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.shopassistant.it.support.ApiSession;
import com.shopassistant.it.support.HttpClients;
import com.shopassistant.it.support.ShopDeployment;
import jakarta.json.JsonArray;
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

/** The caller's address book over HTTP, on Liberty + PostgreSQL; each test a fresh guest. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AddressesIT {

  private static final String ADDRESSES = "api/v1/me/addresses";
  private static final String HOME =
      "{\"label\":\"home\",\"address1\":\"12 Maple Street\",\"address2\":\"Apt 4B\","
          + "\"city\":\"Portland\",\"state\":\"OR\",\"zip\":\"97205\",\"country\":\"USA\"}";
  private static final String OFFICE =
      "{\"label\":\"office\",\"address1\":\"500 Pine Avenue\",\"city\":\"Portland\","
          + "\"country\":\"USA\",\"makeDefault\":false}";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return ShopDeployment.withTestPackages(AddressesIT.class.getPackage());
  }

  @ArquillianResource URL baseUrl;

  @Test
  void aNewCustomerHasAnEmptyAddressBook() throws Exception {
    ApiSession guest = ApiSession.guest(baseUrl);

    HttpResponse<String> list = guest.get(ADDRESSES);

    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(array(list)).isEmpty();
  }

  @Test
  void addedAddressesAreListedAndTheFirstIsTheDefault() throws Exception {
    ApiSession guest = ApiSession.guest(baseUrl);

    HttpResponse<String> added = guest.post(ADDRESSES, HOME);
    guest.post(ADDRESSES, OFFICE);

    assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
    JsonObject home = HttpClients.json(added);
    assertThat(added.headers().firstValue("Location"))
        .hasValueSatisfying(
            location -> assertThat(location).endsWith("/" + ADDRESSES + "/" + id(home)));
    assertThat(home.getString("address2")).isEqualTo("Apt 4B");
    assertThat(home.getBoolean("default")).isTrue();
    JsonArray book = array(guest.get(ADDRESSES));
    assertThat(book).hasSize(2);
    assertThat(labelsAndDefaults(book)).containsExactly("home:true", "office:false");
    assertThat(HttpClients.json(guest.get(ADDRESSES + "/" + id(home))).getString("zip"))
        .isEqualTo("97205");
  }

  @Test
  void settingAnotherDefaultMovesTheMark() throws Exception {
    ApiSession guest = ApiSession.guest(baseUrl);
    guest.post(ADDRESSES, HOME);
    long office = id(HttpClients.json(guest.post(ADDRESSES, OFFICE)));

    HttpResponse<String> answer = guest.put(ADDRESSES + "/" + office + "/default", null);

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    assertThat(HttpClients.json(answer).getBoolean("default")).isTrue();
    assertThat(labelsAndDefaults(array(guest.get(ADDRESSES))))
        .containsExactly("home:false", "office:true");
  }

  @Test
  void addingWithMakeDefaultTakesTheMarkAtOnce() throws Exception {
    ApiSession guest = ApiSession.guest(baseUrl);
    guest.post(ADDRESSES, HOME);

    HttpResponse<String> added = guest.post(ADDRESSES, OFFICE.replace("false", "true"));

    assertThat(HttpClients.json(added).getBoolean("default")).isTrue();
    assertThat(labelsAndDefaults(array(guest.get(ADDRESSES))))
        .containsExactly("home:false", "office:true");
  }

  @Test
  void deletingTheDefaultHandsTheMarkToTheOldestLeft() throws Exception {
    ApiSession guest = ApiSession.guest(baseUrl);
    guest.post(ADDRESSES, HOME);
    guest.post(ADDRESSES, OFFICE);
    long cabin =
        id(
            HttpClients.json(
                guest.post(ADDRESSES, OFFICE.replace("office", "cabin").replace("false", "true"))));

    HttpResponse<String> deleted = guest.delete(ADDRESSES + "/" + cabin);

    assertThat(deleted.statusCode()).isEqualTo(204);
    assertThat(labelsAndDefaults(array(guest.get(ADDRESSES))))
        .containsExactly("home:true", "office:false");
    assertProblem(guest.get(ADDRESSES + "/" + cabin), 404, "not-found");
    assertProblem(guest.delete(ADDRESSES + "/" + cabin), 404, "not-found");
  }

  @Test
  void overLongAndMissingFieldsAreA400ListingEachField() throws Exception {
    ApiSession guest = ApiSession.guest(baseUrl);
    String body =
        "{\"label\":\""
            + "l".repeat(41)
            + "\",\"address1\":\""
            + "a".repeat(201)
            + "\",\"zip\":\""
            + "9".repeat(21)
            + "\",\"country\":\"USA\"}";

    HttpResponse<String> answer = guest.post(ADDRESSES, body);

    JsonObject problem = assertProblem(answer, 400, "validation-failed");
    assertThat(fieldsOf(problem)).containsExactlyInAnyOrder("address1", "city", "label", "zip");
    assertThat(array(guest.get(ADDRESSES))).isEmpty();
  }

  @Test
  void aLabelAlreadyInTheBookIsA409() throws Exception {
    ApiSession guest = ApiSession.guest(baseUrl);
    guest.post(ADDRESSES, HOME);

    HttpResponse<String> answer = guest.post(ADDRESSES, HOME.replace("\"home\"", "\"HOME\""));

    JsonObject problem = assertProblem(answer, 409, "address-label-taken");
    assertThat(problem.getString("detail")).contains("HOME");
    assertThat(array(guest.get(ADDRESSES))).hasSize(1);
  }

  @Test
  void anUnknownIdIs404ProblemJson() throws Exception {
    ApiSession guest = ApiSession.guest(baseUrl);

    assertProblem(guest.get(ADDRESSES + "/999999999"), 404, "not-found");
    assertProblem(guest.put(ADDRESSES + "/999999999/default", null), 404, "not-found");
    assertProblem(guest.delete(ADDRESSES + "/999999999"), 404, "not-found");
  }

  @Test
  void withoutATokenTheAddressBookIsA401() throws Exception {
    HttpResponse<String> answer = HttpClients.get(HttpClients.under(baseUrl, ADDRESSES));

    assertProblem(answer, 401, "unauthorized");
  }

  static long id(JsonObject json) {
    return json.getJsonNumber("id").longValue();
  }

  private static java.util.List<String> labelsAndDefaults(JsonArray book) {
    return book.getValuesAs(JsonObject.class).stream()
        .map(a -> a.getString("label") + ":" + a.getBoolean("default"))
        .toList();
  }
}
