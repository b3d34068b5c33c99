package com.shopassistant.it.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopassistant.it.support.ApiSession;
import com.shopassistant.it.support.HttpClients;
import com.shopassistant.it.support.ShopDeployment;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The τ²-bench retail {@code db.json}, as it is, through the admin import endpoint into PostgreSQL:
 * the row counts match the file, and importing it again changes nothing.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class Tau2ImportIT {

  // Counted from the file: products, variants, users, orders, order items, payment methods.
  private static final int PRODUCTS = 50;
  private static final int VARIANTS = 591;
  private static final int USERS = 500;
  private static final int ORDERS = 1000;
  private static final int ORDER_LINES = 2978;
  private static final int PAYMENT_METHODS = 695;

  @Deployment
  static EnterpriseArchive deployment() {
    return ShopDeployment.withTestPackages(Tau2ImportIT.class.getPackage());
  }

  @ArquillianResource URL baseUrl;

  @Inject StoreCounter counter;

  @Test
  @Order(1)
  @RunAsClient
  void importWithoutAdminCredentialsIsRefused() throws Exception {
    HttpResponse<String> response = HttpClients.postJson(importUrl(), "{}", null);

    assertThat(response.statusCode()).isEqualTo(401);
  }

  @Test
  @Order(2)
  @RunAsClient
  void firstImportCreatesEveryRowOfTheFile() throws Exception {
    HttpResponse<String> response =
        HttpClients.postFile(importUrl(), dbJson(), adminAuthorization());

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonObject counts = HttpClients.json(response).getJsonObject("counts");
    assertThat(created(counts, "products")).isEqualTo(PRODUCTS);
    assertThat(created(counts, "variants")).isEqualTo(VARIANTS);
    assertThat(created(counts, "customers")).isEqualTo(USERS);
    assertThat(created(counts, "orders")).isEqualTo(ORDERS);
    assertThat(created(counts, "paymentMethods")).isEqualTo(PAYMENT_METHODS);
  }

  @Test
  @Order(3)
  void tablesHoldExactlyTheFilesRows() {
    assertThat(counter.tau2("products")).isEqualTo(PRODUCTS);
    assertThat(counter.tau2("variants")).isEqualTo(VARIANTS);
    assertThat(counter.tau2("customers")).isEqualTo(USERS);
    assertThat(counter.tau2("orders")).isEqualTo(ORDERS);
    assertThat(counter.tau2("orderLines")).isEqualTo(ORDER_LINES);
    assertThat(counter.tau2("paymentMethods")).isEqualTo(PAYMENT_METHODS);
    assertThat(counter.tau2("giftCards")).isEqualTo(234);
    assertThat(counter.tau2("cancelledOrders")).isEqualTo(102);
    assertThat(counter.tau2("refunds")).isEqualTo(102);
  }

  @Test
  @Order(4)
  @RunAsClient
  void secondImportOfTheSameFileChangesNothing() throws Exception {
    HttpResponse<String> response =
        HttpClients.postFile(importUrl(), dbJson(), adminAuthorization());

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonObject body = HttpClients.json(response);
    assertThat(body.getInt("created")).isZero();
    assertThat(body.getInt("updated")).isZero();
    assertThat(body.getJsonObject("counts").getJsonObject("orders").getInt("unchanged"))
        .isEqualTo(ORDERS);
  }

  @Test
  @Order(5)
  void secondImportLeftTheCountsAlone() {
    assertThat(counter.tau2("variants")).isEqualTo(VARIANTS);
    assertThat(counter.tau2("orderLines")).isEqualTo(ORDER_LINES);
  }

  @Test
  @Order(6)
  @RunAsClient
  void brokenFileIsAProblemJson400AndWritesNothing() throws Exception {
    // A valid first product, then a variant whose price is not a number.
    String broken =
        "{\"products\": {"
            + "\"BROKEN-1\": {\"name\": \"Fine\", \"product_id\": \"BROKEN-1\", \"variants\": {"
            + "\"BROKEN-V1\": {\"item_id\": \"BROKEN-V1\", \"options\": {}, \"available\": true,"
            + " \"price\": 10.5}}},"
            + "\"BROKEN-2\": {\"name\": \"X\", \"product_id\": \"BROKEN-2\", \"variants\": {"
            + "\"BROKEN-V2\": {\"item_id\": \"BROKEN-V2\", \"options\": {}, \"available\": true,"
            + " \"price\": \"cheap\"}}}},"
            + "\"users\": {}, \"orders\": {}}";

    HttpResponse<String> response = HttpClients.postJson(importUrl(), broken, adminAuthorization());

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    JsonObject problem = HttpClients.json(response);
    assertThat(problem.getString("type"))
        .isEqualTo("urn:shop-assistant:problem:invalid-store-file");
    assertThat(problem.getString("detail")).contains("price");
  }

  @Test
  @Order(7)
  void brokenFileLeftNoProductBehind() {
    assertThat(counter.tau2("brokenFileProducts")).isZero();
    assertThat(counter.tau2("products")).isEqualTo(PRODUCTS);
  }

  @Test
  @Order(8)
  @RunAsClient
  void fileFailingWhileWritingIsA400() throws Exception {
    // Passes the reader and the reference checks; the order entity refuses the refund only when
    // the import writes it, after the file's product and customer have been flushed.
    String failsLate =
        "{\"products\": {\"WRITEFAIL-1\": {\"name\": \"Fine\", \"product_id\": \"WRITEFAIL-1\","
            + " \"variants\": {\"WRITEFAIL-V1\": {\"item_id\": \"WRITEFAIL-V1\", \"options\": {},"
            + " \"available\": true, \"price\": 10.5}}}},"
            + " \"users\": {\"writefail-buyer-1\": {\"user_id\": \"writefail-buyer-1\","
            + " \"name\": {\"first_name\": \"Wri\", \"last_name\": \"Tefail\"},"
            + " \"address\": {\"address1\": \"1 Main Street\", \"city\": \"Austin\","
            + " \"country\": \"USA\"}, \"payment_methods\": {\"writefail_card_1\":"
            + " {\"source\": \"credit_card\", \"id\": \"writefail_card_1\", \"brand\": \"visa\","
            + " \"last_four\": \"1234\"}}}},"
            + " \"orders\": {\"#WRITEFAIL1\": {\"order_id\": \"#WRITEFAIL1\","
            + " \"user_id\": \"writefail-buyer-1\", \"address\": {\"address1\": \"1 Main Street\","
            + " \"city\": \"Austin\", \"country\": \"USA\"}, \"items\": [{\"name\": \"Fine\","
            + " \"product_id\": \"WRITEFAIL-1\", \"item_id\": \"WRITEFAIL-V1\", \"price\": 10.5,"
            + " \"options\": {}}], \"status\": \"cancelled\", \"payment_history\": ["
            + "{\"transaction_type\": \"payment\", \"amount\": 10.5,"
            + " \"payment_method_id\": \"writefail_card_1\"},"
            + " {\"transaction_type\": \"refund\", \"amount\": 20.0,"
            + " \"payment_method_id\": \"writefail_card_1\"}]}}}";

    HttpResponse<String> response =
        HttpClients.postJson(importUrl(), failsLate, adminAuthorization());

    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(HttpClients.json(response).getString("detail")).contains("#WRITEFAIL1");
  }

  @Test
  @Order(9)
  void fileFailingWhileWritingLeftNothingBehind() {
    // Its product and customer were written before the order failed; the rollback removed them.
    assertThat(counter.tau2("writeFailureRows")).isZero();
  }

  private static int created(JsonObject counts, String kind) {
    return counts.getJsonObject(kind).getInt("created");
  }

  private String adminAuthorization() throws Exception {
    return "Bearer " + ApiSession.admin(baseUrl).accessToken();
  }

  private String importUrl() {
    return HttpClients.under(baseUrl, "api/v1/admin/import");
  }

  private static Path dbJson() {
    Path file =
        Path.of(
            System.getProperty("it.shared.dir", "../../shared"), "datasets/tau2-retail/db.json");
    assertThat(file).as("the tau2-retail dataset beside the repository").isRegularFile();
    return file;
  }
}
