package com.shopassistant.it.order;

import static com.shopassistant.it.support.AccountProbes.assertProblem;
import static com.shopassistant.it.support.AccountProbes.fieldsOf;
import static org.assertj.core.api.Assertions.assertThat;

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

/**
 * The caller's orders over HTTP, on Liberty + PostgreSQL. Orders are placed for the guest a test
 * signed in as through {@link OrderProbe} (no public endpoint creates them yet).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OrdersIT {

  private static final String ORDERS = "api/v1/orders";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return ShopDeployment.withTestPackages(OrdersIT.class.getPackage());
  }

  @ArquillianResource URL baseUrl;

  @Test
  void aNewCustomerHasAnEmptyFirstPage() throws Exception {
    ApiSession guest = ApiSession.guest(baseUrl);

    JsonObject page = HttpClients.json(guest.get(ORDERS));

    assertThat(page.getJsonArray("items")).isEmpty();
    assertThat(page.getInt("page")).isEqualTo(1);
    assertThat(page.getInt("size")).isEqualTo(20);
    assertThat(page.getInt("total")).isZero();
    assertThat(page.getInt("totalPages")).isZero();
  }

  @Test
  void ordersArePagedNewestFirstWithTheirTotal() throws Exception {
    ApiSession guest = ApiSession.guest(baseUrl);
    List<String> placed = AccountProbes.placeOrders(guest, 3);

    JsonObject first = HttpClients.json(guest.get(ORDERS + "?size=2"));
    JsonObject second = HttpClients.json(guest.get(ORDERS + "?page=2&size=2"));

    assertThat(numbers(first)).containsExactly(placed.get(2), placed.get(1));
    assertThat(numbers(second)).containsExactly(placed.get(0));
    assertThat(first.getInt("total")).isEqualTo(3);
    assertThat(first.getInt("totalPages")).isEqualTo(2);
    JsonObject newest = first.getJsonArray("items").getJsonObject(0);
    assertThat(newest.getString("status")).isEqualTo("DELIVERED");
    assertThat(newest.getInt("itemCount")).isEqualTo(3);
    assertThat(newest.getJsonNumber("total").bigDecimalValue()).isEqualByComparingTo("72.50");
    assertThat(newest.getString("currency")).isEqualTo("USD");
    assertThat(HttpClients.json(guest.get(ORDERS + "?page=3&size=2")).getJsonArray("items"))
        .isEmpty();
  }

  @Test
  void anOrdersDetailShowsLinesShipmentsPaymentsAndChanges() throws Exception {
    ApiSession guest = ApiSession.guest(baseUrl);
    String number = AccountProbes.placeOrders(guest, 1).get(0);

    HttpResponse<String> answer = guest.get(ORDERS + "/" + number.substring(1));

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    JsonObject order = HttpClients.json(answer);
    assertThat(order.getString("orderNumber")).isEqualTo(number);
    assertThat(order.getString("status")).isEqualTo("RETURN_REQUESTED");
    assertThat(order.getJsonObject("shippingAddress").getString("address1"))
        .isEqualTo("12 Probe Street");
    JsonObject mat = order.getJsonArray("lines").getJsonObject(0);
    assertThat(mat.getString("itemCode")).isEqualTo("PROBE-MAT-RED");
    assertThat(mat.getJsonObject("options").getString("color")).isEqualTo("red");
    assertThat(mat.getJsonNumber("lineTotal").bigDecimalValue()).isEqualByComparingTo("60.00");
    assertThat(order.getJsonArray("lines")).hasSize(2);
    assertThat(order.getJsonNumber("subtotal").bigDecimalValue()).isEqualByComparingTo("72.50");
    JsonObject shipment = order.getJsonArray("fulfilments").getJsonObject(0);
    assertThat(shipment.getString("trackingId")).isEqualTo("1Z-" + number.substring(1));
    assertThat(shipment.getString("carrier")).isEqualTo("UPS");
    JsonObject payment = order.getJsonArray("payments").getJsonObject(0);
    assertThat(payment.getString("kind")).isEqualTo("PAYMENT");
    assertThat(payment.getString("paymentMethodCode")).startsWith("gift_card_probe_");
    JsonObject change = order.getJsonArray("changes").getJsonObject(0);
    assertThat(change.getString("kind")).isEqualTo("RETURN");
    assertThat(change.getJsonArray("items").getJsonObject(0).getString("itemCode"))
        .isEqualTo("PROBE-MAT-RED");
    assertThat(order.containsKey("customer")).isFalse();
  }

  @Test
  void anEncodedHashIsRefusedByTheContainerAsProblemJson() throws Exception {
    ApiSession guest = ApiSession.guest(baseUrl);
    String number = AccountProbes.placeOrders(guest, 1).get(0);

    // Servlet 6 refuses %23 in a path before any application code runs; the number is found
    // without its '#' instead (see docs/api/account.md).
    HttpResponse<String> encoded = guest.get(ORDERS + "/" + number.replace("#", "%23"));

    assertProblem(encoded, 400, "bad-request");
  }

  @Test
  void anUnknownOrderNumberIs404ProblemJson() throws Exception {
    ApiSession guest = ApiSession.guest(baseUrl);

    assertProblem(guest.get(ORDERS + "/W0000000"), 404, "not-found");
  }

  @Test
  void badPagingParametersAreA400NamingThem() throws Exception {
    ApiSession guest = ApiSession.guest(baseUrl);

    JsonObject both = assertProblem(guest.get(ORDERS + "?page=0&size=x"), 400, "validation-failed");
    JsonObject tooBig = assertProblem(guest.get(ORDERS + "?size=101"), 400, "validation-failed");

    assertThat(fieldsOf(both)).containsExactly("page", "size");
    assertThat(fieldsOf(tooBig)).containsExactly("size");
  }

  @Test
  void withoutATokenOrdersAreA401() throws Exception {
    HttpResponse<String> answer = HttpClients.get(HttpClients.under(baseUrl, ORDERS));

    assertProblem(answer, 401, "unauthorized");
  }

  private static List<String> numbers(JsonObject page) {
    return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .map(o -> o.getString("orderNumber"))
        .toList();
  }
}
