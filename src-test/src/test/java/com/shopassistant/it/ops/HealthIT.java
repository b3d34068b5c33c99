package com.shopassistant.it.ops;

import static org.assertj.core.api.Assertions.assertThat;

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

/** The Cloud Run probe and the MicroProfile Health endpoints, on Liberty + PostgreSQL. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HealthIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return ShopDeployment.withTestPackages();
  }

  @ArquillianResource URL baseUrl;

  @Test
  void healthIsUpWithPostgresAndAllMigrationsApplied() throws Exception {
    HttpResponse<String> response = HttpClients.get(app("api/v1/health"));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    JsonObject body = HttpClients.json(response);
    assertThat(body.getString("status")).isEqualTo("UP");
    assertThat(body.getJsonObject("database").getString("kind")).isEqualTo("postgresql");
    assertThat(body.getJsonObject("migrations").getInt("pending")).isZero();
    assertThat(body.getJsonObject("migrations").getString("version")).isNotBlank();
  }

  @Test
  void microProfileHealthAgreesWithTheProbe() throws Exception {
    for (String path : new String[] {"health/ready", "health/live", "health/started"}) {
      HttpResponse<String> response = HttpClients.get(server(path));

      assertThat(response.statusCode()).as(path).isEqualTo(200);
      JsonObject body = HttpClients.json(response);
      assertThat(body.getString("status")).as(path).isEqualTo("UP");
      assertThat(body.getJsonArray("checks").getValuesAs(JsonObject.class))
          .as(path)
          .anySatisfy(
              check -> {
                assertThat(check.getString("name")).isEqualTo("database");
                assertThat(check.getString("status")).isEqualTo("UP");
              });
    }
  }

  @Test
  void unknownApiPathIsAProblemJson404() throws Exception {
    HttpResponse<String> anonymous = HttpClients.get(app("api/v1/no-such-thing"));
    assertThat(anonymous.statusCode()).as("the API is closed by default").isEqualTo(401);
    assertThat(HttpClients.json(anonymous).getString("type"))
        .isEqualTo("urn:shop-assistant:problem:unauthorized");

    HttpResponse<String> response = ApiSession.guest(baseUrl).get("api/v1/no-such-thing");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(HttpClients.json(response).getString("type"))
        .isEqualTo("urn:shop-assistant:problem:not-found");
    assertThat(response.body()).doesNotContain("Exception").doesNotContain("at com.");
  }

  /** A path of the application (under the test deployment's context root). */
  private String app(String path) throws Exception {
    return HttpClients.under(baseUrl, path);
  }

  /** A path of the server itself, such as MicroProfile Health's. */
  private String server(String path) throws Exception {
    return baseUrl.toURI().resolve("/" + path).toString();
  }
}
