package com.shopassistant.it.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopassistant.it.support.HttpClients;
import com.shopassistant.it.support.ShopDeployment;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The OpenAPI document front ends generate clients from: every operation says what it answers when
 * it succeeds (Liberty warns CWWKO1651W otherwise, and generators then type the result as nothing).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OpenApiDocumentIT {

  private static final List<String> METHODS =
      List.of("get", "put", "post", "delete", "patch", "head", "options");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return ShopDeployment.withTestPackages();
  }

  @ArquillianResource URL baseUrl;

  @Test
  void everyOperationDocumentsItsSuccessResponse() throws Exception {
    String root = baseUrl.getProtocol() + "://" + baseUrl.getAuthority();
    HttpResponse<String> answer = HttpClients.get(root + "/openapi?format=JSON");
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    JsonObject paths = HttpClients.json(answer).getJsonObject("paths");

    List<String> withoutSuccess = new ArrayList<>();
    int operations = 0;
    for (Map.Entry<String, JsonValue> path : paths.entrySet()) {
      JsonObject item = path.getValue().asJsonObject();
      for (String method : METHODS) {
        if (!item.containsKey(method)) {
          continue;
        }
        operations++;
        JsonObject responses = item.getJsonObject(method).getJsonObject("responses");
        boolean success =
            responses != null
                && responses.keySet().stream()
                    .anyMatch(code -> code.startsWith("2") || code.startsWith("3"));
        if (!success) {
          withoutSuccess.add(method.toUpperCase() + " " + path.getKey());
        }
      }
    }

    assertThat(operations).as("operations in the document").isGreaterThan(40);
    assertThat(withoutSuccess).as("operations without a success response").isEmpty();
  }
}
