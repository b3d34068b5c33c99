package com.shopassistant.it.catalog;

import static com.shopassistant.it.support.AccountProbes.array;
import static com.shopassistant.it.support.AccountProbes.assertProblem;
import static com.shopassistant.it.support.AccountProbes.fieldsOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.shopassistant.it.support.ApiSession;
import com.shopassistant.it.support.HttpClients;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Calls of the catalog API and readings of its answers for {@link CatalogIT}: searches as the
 * test's guest or anonymously, products named by their fixture names (P1...), the categories, the
 * refusals, and the cache counter in Liberty's /metrics.
 */
final class CatalogCalls {

  private final URL baseUrl;
  private final CatalogFixture catalog;
  private final ApiSession guest;

  CatalogCalls(URL baseUrl, CatalogFixture catalog, ApiSession guest) {
    this.baseUrl = baseUrl;
    this.catalog = catalog;
    this.guest = guest;
  }

  List<String> badParameters(String query) throws Exception {
    JsonObject problem =
        assertProblem(anonymous("api/v1/products?" + query), 400, "validation-failed");
    assertThat(problem.getString("instance")).endsWith("/api/v1/products");
    return fieldsOf(problem);
  }

  /** The search page cache's hit counter, from Liberty's /metrics (0 before the first hit). */
  long cacheHits() throws Exception {
    String metrics =
        HttpClients.get(new URL(baseUrl, "/metrics?scope=application").toString()).body();
    return metrics
        .lines()
        .filter(line -> line.startsWith("catalog_search_cache_hits_total"))
        .map(line -> line.substring(line.lastIndexOf(' ') + 1))
        .mapToLong(value -> (long) Double.parseDouble(value))
        .findFirst()
        .orElse(0);
  }

  JsonObject category(String slug) throws Exception {
    return array(guest.get("api/v1/categories")).getValuesAs(JsonObject.class).stream()
        .filter(c -> c.getString("slug").equals(slug))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no category " + slug));
  }

  JsonObject search(String q) throws Exception {
    return search(q, "");
  }

  JsonObject search(String q, String more) throws Exception {
    String path =
        "api/v1/products?q="
            + URLEncoder.encode(q, StandardCharsets.UTF_8)
            + (more.isEmpty() ? "" : "&" + more);
    HttpResponse<String> answer = guest.get(path);
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return HttpClients.json(answer);
  }

  HttpResponse<String> anonymous(String path) throws Exception {
    return HttpClients.get(HttpClients.under(baseUrl, path));
  }

  /** An anonymous GET with one request header. */
  HttpResponse<String> anonymous(String path, String header, String value) throws Exception {
    return HttpClients.send(
        HttpRequest.newBuilder(URI.create(HttpClients.under(baseUrl, path)))
            .header(header, value)
            .GET()
            .build());
  }

  /** The fixture's names (P1...) of the products of a page, in order. */
  List<String> codes(JsonObject page) {
    String prefix = catalog.code("");
    return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .map(item -> item.getString("code"))
        .map(code -> code.startsWith(prefix) ? code.substring(prefix.length()) : code)
        .toList();
  }

  JsonObject item(JsonObject page, String product) {
    return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .filter(item -> item.getString("code").equals(catalog.code(product)))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + product + " on the page"));
  }
}
