package com.shopassistant.it.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopassistant.it.support.HttpClients;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.TreeSet;

/** The API's path templates as the server's OpenAPI document ({@code /openapi}) lists them. */
final class OpenApiPaths {

  private OpenApiPaths() {}

  /**
   * Every path template with a parameter, from {@code /api/} on (the document may prefix the
   * context root); the test-only probes under {@code /api/v1/test/} are left out.
   */
  static Set<String> withParameters(URL deployment) throws Exception {
    String root = deployment.getProtocol() + "://" + deployment.getAuthority();
    HttpResponse<String> answer = HttpClients.get(root + "/openapi?format=JSON");
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    Set<String> templates = new TreeSet<>();
    for (String path : HttpClients.json(answer).getJsonObject("paths").keySet()) {
      int api = path.indexOf("/api/");
      String template = api < 0 ? path : path.substring(api);
      if (template.contains("{") && !template.startsWith("/api/v1/test/")) {
        templates.add(template);
      }
    }
    return templates;
  }
}
