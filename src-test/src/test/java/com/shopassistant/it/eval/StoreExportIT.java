package com.shopassistant.it.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopassistant.it.support.HttpClients;
import com.shopassistant.it.support.ShopDeployment;
import com.shopassistant.it.support.Tau2Rename;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code GET /api/v1/admin/export} writes the τ²-bench retail {@code db.json} back out: the whole
 * file imported comes back equal, record for record, modulo key order and number spelling. The file
 * is imported under keys of its own ({@link Tau2Rename}, prefix {@code ex}), because other classes
 * import the file's own keys and count what the first import created; and the shared test database
 * holds other classes' rows too, so only the file's keys are compared — every one of them must be
 * there.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StoreExportIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return ShopDeployment.withTestPackages(StoreExportIT.class.getPackage());
  }

  @ArquillianResource URL baseUrl;

  @Test
  void theTau2FileImportedComesBackEqualFromTheExport() throws Exception {
    JsonObject original =
        new Tau2Rename("ex").file(EvalClient.json(Files.readString(Tau2Files.dbJson())));
    EvalClient admin = EvalClient.admin(HttpClients.under(baseUrl, ""), Tau2Files.adminPassword());
    admin.importStore(original.toString());

    JsonObject exported = admin.exportStore();

    for (String section : new String[] {"products", "users", "orders"}) {
      assertThat(JsonCanon.differingKeys(original, exported, section))
          .as(JsonCanon.firstDifference(original, exported, section))
          .isEmpty();
    }
  }

  @Test
  void aCustomerCannotExportTheStore() throws Exception {
    String customer = com.shopassistant.it.support.ApiSession.guest(baseUrl).accessToken();

    HttpResponse<String> answer =
        HttpClients.send(
            java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(HttpClients.under(baseUrl, "api/v1/admin/export")))
                .header("Authorization", "Bearer " + customer)
                .GET()
                .build());

    assertThat(answer.statusCode()).isEqualTo(403);
    assertThat(answer.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
  }
}
