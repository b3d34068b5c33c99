package com.shopassistant.it.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import com.shopassistant.it.support.ApiSession;
import com.shopassistant.it.support.HttpClients;
import com.shopassistant.it.support.ShopDeployment;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Sign-in over HTTP: guests, registration, login, refresh rotation, sign-out, refused tokens. */
@ExtendWith(ArquillianExtension.class)
class IdentityIT {

  static final String PROBLEM = "urn:shop-assistant:problem:";
  static final String PASSWORD = "correct horse battery";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return ShopDeployment.withTestPackages();
  }

  @ArquillianResource URL baseUrl;

  @Test
  void aGuestGetsAnAccessTokenAndAnHttpOnlyRefreshCookie() throws Exception {
    HttpResponse<String> answer = post("api/v1/auth/guest", "{}", null);

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.headers().firstValue("Cache-Control"))
        .hasValueSatisfying(value -> assertThat(value).contains("no-store"));
    JsonObject body = HttpClients.json(answer);
    assertThat(body.getString("tokenType")).isEqualTo("Bearer");
    assertThat(body.getJsonNumber("expiresIn").longValue()).isEqualTo(24 * 3600);
    assertThat(body.getJsonObject("customer").getString("tier")).isEqualTo("guest");
    assertThat(body.getJsonObject("customer").getJsonArray("roles").getString(0))
        .isEqualTo("customer");
    String cookie = answer.headers().firstValue("Set-Cookie").orElseThrow();
    assertThat(cookie)
        .startsWith("shop_refresh=")
        .containsIgnoringCase("HttpOnly")
        .containsIgnoringCase("Secure")
        .containsIgnoringCase("SameSite=Strict")
        .contains("Path=" + ShopDeployment.CONTEXT_ROOT + "/api/v1/auth")
        .contains("Max-Age=604800");

    ApiSession guest = ApiSession.fromAuthAnswer(baseUrl, answer);
    HttpResponse<String> me = guest.get("api/v1/me");
    assertThat(me.statusCode()).isEqualTo(200);
    assertThat(HttpClients.json(me).getJsonNumber("id").longValue()).isEqualTo(guest.customerId());
  }

  @Test
  void aRegisteredCustomerSignsInWithEmailAndPassword() throws Exception {
    String email = "Reg-" + UUID.randomUUID() + "@Example.com";
    HttpResponse<String> registered =
        post("api/v1/auth/register", credentials(email, PASSWORD), null);
    assertThat(registered.statusCode()).as(registered.body()).isEqualTo(200);
    JsonObject customer = HttpClients.json(registered).getJsonObject("customer");
    assertThat(customer.getString("tier")).isEqualTo("free");
    assertThat(customer.getString("email")).isEqualTo(email.toLowerCase());

    HttpResponse<String> login = post("api/v1/auth/login", credentials(email, PASSWORD), null);
    assertThat(login.statusCode()).isEqualTo(200);
    assertThat(HttpClients.json(login).getJsonObject("customer").getJsonNumber("id").longValue())
        .isEqualTo(customer.getJsonNumber("id").longValue());

    HttpResponse<String> wrongPassword =
        post("api/v1/auth/login", credentials(email, "not the password"), null);
    HttpResponse<String> unknownAccount =
        post("api/v1/auth/login", credentials("nobody-" + email, PASSWORD), null);
    for (HttpResponse<String> refused : java.util.List.of(wrongPassword, unknownAccount)) {
      assertProblem(refused, 401, "invalid-credentials");
    }
    assertThat(HttpClients.json(wrongPassword).getString("detail"))
        .isEqualTo(HttpClients.json(unknownAccount).getString("detail"));
  }

  @Test
  void aGuestWhoRegistersBecomesThatAccount() throws Exception {
    ApiSession guest = ApiSession.guest(baseUrl);
    String email = "upgrade-" + UUID.randomUUID() + "@example.com";

    HttpResponse<String> registered =
        guest.post("api/v1/auth/register", credentials(email, PASSWORD));

    assertThat(registered.statusCode()).as(registered.body()).isEqualTo(200);
    ApiSession member = ApiSession.fromAuthAnswer(baseUrl, registered);
    assertThat(member.customerId()).isEqualTo(guest.customerId());
    JsonObject me = HttpClients.json(member.get("api/v1/me"));
    assertThat(me.getString("tier")).isEqualTo("free");
    assertThat(me.getString("email")).isEqualTo(email);

    HttpResponse<String> again =
        member.post(
            "api/v1/auth/register",
            credentials("other-" + UUID.randomUUID() + "@example.com", PASSWORD));
    assertProblem(again, 409, "already-registered");
  }

  @Test
  void anEmailAddressRegistersOnce() throws Exception {
    String email = "once-" + UUID.randomUUID() + "@example.com";
    assertThat(post("api/v1/auth/register", credentials(email, PASSWORD), null).statusCode())
        .isEqualTo(200);

    HttpResponse<String> second =
        post("api/v1/auth/register", credentials(email.toUpperCase(), PASSWORD), null);

    assertProblem(second, 409, "email-taken");
  }

  @Test
  void refreshRotatesTheCookieAndAReusedTokenEndsTheSignIn() throws Exception {
    ApiSession session = ApiSession.register(baseUrl, PASSWORD);
    String first = cookieValue(session.refreshCookie());

    HttpResponse<String> refreshed = refresh(first);
    assertThat(refreshed.statusCode()).as(refreshed.body()).isEqualTo(200);
    ApiSession renewed = ApiSession.fromAuthAnswer(baseUrl, refreshed);
    assertThat(renewed.customerId()).isEqualTo(session.customerId());
    assertThat(renewed.get("api/v1/me").statusCode()).isEqualTo(200);
    String second = cookieValue(renewed.refreshCookie());
    assertThat(second).isNotEqualTo(first);

    HttpResponse<String> replay = refresh(first);
    assertProblem(replay, 401, "refresh-token-reused");
    assertThat(replay.headers().firstValue("Set-Cookie"))
        .hasValueSatisfying(cookie -> assertThat(cookie).contains("Max-Age=0"));

    // The replay revoked the family: the legitimate successor is refused as well.
    assertProblem(refresh(second), 401, "refresh-token-invalid");
  }

  @Test
  void logoutEndsTheRefreshTokenAndClearsTheCookie() throws Exception {
    ApiSession session = ApiSession.register(baseUrl, PASSWORD);
    String token = cookieValue(session.refreshCookie());

    HttpResponse<String> logout = sendWithCookie("api/v1/auth/logout", token);

    assertThat(logout.statusCode()).isEqualTo(204);
    assertThat(logout.headers().firstValue("Set-Cookie"))
        .hasValueSatisfying(
            cookie -> assertThat(cookie).startsWith("shop_refresh=").contains("Max-Age=0"));
    assertProblem(refresh(token), 401, "refresh-token-invalid");
    assertProblem(refresh(null), 401, "refresh-token-invalid");
  }

  @Test
  void tokensThatAreExpiredForgedUnsignedOrFromAnotherIssuerAre401() throws Exception {
    ApiSession guest = ApiSession.guest(baseUrl);
    TokenForge forge = TokenForge.withServerKey();
    long id = guest.customerId();
    Instant now = Instant.now();

    String valid = forge.signedByServerKey(forge.claimsFor(id).build());
    assertThat(getMe(valid).statusCode()).as("control: a well-formed token").isEqualTo(200);

    JWTClaimsSet expired =
        forge
            .claimsFor(id)
            .issueTime(Date.from(now.minusSeconds(3600)))
            .expirationTime(Date.from(now.minusSeconds(120)))
            .build();
    assertUnauthorized(getMe(forge.signedByServerKey(expired)), "expired");
    assertUnauthorized(getMe(forge.signedByOtherKey(forge.claimsFor(id).build())), "wrong key");
    assertUnauthorized(getMe(TokenForge.unsigned(forge.claimsFor(id).build())), "alg none");
    JWTClaimsSet otherIssuer = forge.claimsFor(id).issuer("https://evil.example.com").build();
    assertUnauthorized(getMe(forge.signedByServerKey(otherIssuer)), "other issuer");
    assertUnauthorized(getMe("not.a.jwt"), "garbage");
    assertUnauthorized(getMe(null), "no token");
    assertProblem(getMe(null), 401, "unauthorized");
  }

  @Test
  void badSignInRequestsAre400WithTheFieldsNamed() throws Exception {
    HttpResponse<String> shortPassword =
        post(
            "api/v1/auth/register",
            credentials("short-" + UUID.randomUUID() + "@example.com", "short"),
            null);
    assertProblem(shortPassword, 400, "validation-failed");
    assertThat(shortPassword.body()).contains("password");

    HttpResponse<String> notAnEmail =
        post("api/v1/auth/register", credentials("nobody", PASSWORD), null);
    assertThat(notAnEmail.statusCode()).isEqualTo(400);
    assertThat(notAnEmail.body()).contains("email");

    HttpResponse<String> unknownField =
        post(
            "api/v1/auth/login",
            "{\"email\":\"a@b.c\",\"password\":\"x\",\"role\":\"admin\"}",
            null);
    assertProblem(unknownField, 400, "unknown-field");

    HttpResponse<String> nobody = post("api/v1/auth/login", "{\"password\":\"x\"}", null);
    assertThat(nobody.statusCode()).isEqualTo(400);
  }

  @Test
  void theAdministratorSignsInWithTheServersAdminCredentialsAndOthersCannotAdminister()
      throws Exception {
    ApiSession admin = ApiSession.admin(baseUrl);
    JsonObject me = HttpClients.json(admin.get("api/v1/me"));
    assertThat(me.getJsonArray("roles").toString()).contains("\"admin\"");

    HttpResponse<String> wrong =
        post("api/v1/auth/login", "{\"username\":\"admin\",\"password\":\"guess\"}", null);
    assertProblem(wrong, 401, "invalid-credentials");

    ApiSession customer = ApiSession.guest(baseUrl);
    assertProblem(customer.post("api/v1/admin/import", "{}"), 403, "forbidden");
    assertProblem(post("api/v1/admin/import", "{}", null), 401, "unauthorized");
    assertThat(admin.post("api/v1/admin/import", "{\"products\":{}}").statusCode())
        .isNotIn(401, 403);
  }

  private HttpResponse<String> getMe(String token) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(HttpClients.under(baseUrl, "api/v1/me")))
            .timeout(Duration.ofSeconds(30))
            .GET();
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return HttpClients.send(request.build());
  }

  private HttpResponse<String> refresh(String refreshToken) throws Exception {
    return sendWithCookie("api/v1/auth/refresh", refreshToken);
  }

  private HttpResponse<String> sendWithCookie(String path, String refreshToken) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(HttpClients.under(baseUrl, path)))
            .timeout(Duration.ofSeconds(30))
            .POST(HttpRequest.BodyPublishers.noBody());
    if (refreshToken != null) {
      request.header("Cookie", "shop_refresh=" + refreshToken);
    }
    return HttpClients.send(request.build());
  }

  private HttpResponse<String> post(String path, String json, String bearer) throws Exception {
    return HttpClients.postJson(
        HttpClients.under(baseUrl, path), json, bearer == null ? null : "Bearer " + bearer);
  }

  private static String credentials(String email, String password) {
    return "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}";
  }

  static String cookieValue(String setCookie) {
    assertThat(setCookie).as("a refresh cookie").isNotNull().startsWith("shop_refresh=");
    String pair = setCookie.split(";", 2)[0];
    return pair.substring(pair.indexOf('=') + 1);
  }

  static void assertProblem(HttpResponse<String> response, int status, String type) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(value -> assertThat(value).startsWith("application/problem+json"));
    assertThat(HttpClients.json(response).getString("type")).isEqualTo(PROBLEM + type);
  }

  /**
   * Liberty's mpJwt refuses a token that fails verification before the application runs: a 401 with
   * a Bearer challenge and no body (docs/problems.md). Without a token the container's error page
   * answers, so that 401 is problem+json.
   */
  private static void assertUnauthorized(HttpResponse<String> response, String why) {
    assertThat(response.statusCode()).as(why + ": " + response.body()).isEqualTo(401);
    assertThat(response.headers().firstValue("WWW-Authenticate"))
        .as(why)
        .hasValueSatisfying(value -> assertThat(value).startsWith("Bearer"));
  }
}
