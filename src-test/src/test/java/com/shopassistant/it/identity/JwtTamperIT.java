package com.shopassistant.it.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import com.shopassistant.it.support.ApiSession;
import com.shopassistant.it.support.HttpClients;
import com.shopassistant.it.support.ShopDeployment;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Access tokens an attacker could make, beyond those of {@link IdentityIT} (expired, other key,
 * {@code alg: none}, other issuer): a real token whose payload was edited to name another customer,
 * HS256 signed with the server's public key as the secret, and tokens from the server's own key
 * that lack a subject or name another audience; and IdentityIT's kinds again, for the body. Each is
 * a 401 problem+json with a Bearer challenge on the endpoints that hold a customer's data, and none
 * of them reads that data.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class JwtTamperIT {

  private static final String PROBLEM = "urn:shop-assistant:problem:";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return ShopDeployment.withTestPackages(JwtTamperIT.class.getPackage());
  }

  @ArquillianResource URL baseUrl;

  @Test
  void forgedTokensAre401ProblemJsonOnEveryCustomerEndpoint() throws Exception {
    ApiSession attacker = ApiSession.guest(baseUrl);
    ApiSession victim = ApiSession.guest(baseUrl);
    String secret = "7 Tamper Street";
    victim.post(
        "api/v1/me/addresses",
        "{\"label\":\"home\",\"address1\":\""
            + secret
            + "\",\"city\":\"Oslo\",\"country\":\"NO\"}");
    TokenForge forge = TokenForge.withServerKey();
    long victimId = victim.customerId();
    assertThat(
            send("GET", "api/v1/me/addresses", forge.signedByServerKey(claims(forge, victimId)))
                .body())
        .as("control: a well-formed token reads the victim's data")
        .contains(secret);

    Map<String, String> forged = new LinkedHashMap<>();
    forged.put(
        "payload edited to name the victim",
        forge.withPayloadSwapped(attacker.accessToken(), claims(forge, victimId)));
    forged.put(
        "HS256 with the public key as secret", forge.hmacWithPublicKey(claims(forge, victimId)));
    forged.put(
        "no subject", forge.signedByServerKey(forge.claimsFor(victimId).subject(null).build()));
    // IdentityIT's kinds too, for the problem+json body it does not check.
    Instant now = Instant.now();
    forged.put(
        "expired",
        forge.signedByServerKey(
            forge
                .claimsFor(victimId)
                .issueTime(Date.from(now.minusSeconds(3600)))
                .expirationTime(Date.from(now.minusSeconds(120)))
                .build()));
    forged.put("signed by another key", forge.signedByOtherKey(claims(forge, victimId)));
    forged.put("alg none", TokenForge.unsigned(claims(forge, victimId)));
    forged.put(
        "another issuer",
        forge.signedByServerKey(forge.claimsFor(victimId).issuer("https://evil.example").build()));
    forged.put(
        "another audience",
        forge.signedByServerKey(forge.claimsFor(victimId).audience("another-service").build()));

    for (Map.Entry<String, String> token : forged.entrySet()) {
      for (String[] call :
          new String[][] {
            {"GET", "api/v1/me"},
            {"GET", "api/v1/me/addresses"},
            {"GET", "api/v1/cart"},
            {"GET", "api/v1/orders"},
            {"POST", "api/v1/chat"}
          }) {
        HttpResponse<String> answer = send(call[0], call[1], token.getValue());
        String what = token.getKey() + ", " + call[0] + " " + call[1];
        assertRefused(what, answer);
        assertThat(answer.body()).as(what).doesNotContain(secret);
      }
    }
  }

  private static JWTClaimsSet claims(TokenForge forge, long customerId) {
    return forge.claimsFor(customerId).build();
  }

  private static void assertRefused(String what, HttpResponse<String> answer) {
    assertThat(answer.statusCode()).as(what + ": " + answer.body()).isEqualTo(401);
    assertThat(answer.headers().firstValue("WWW-Authenticate"))
        .as(what)
        .hasValueSatisfying(value -> assertThat(value).startsWith("Bearer"));
    assertThat(answer.headers().firstValue("Content-Type"))
        .as(what)
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(HttpClients.json(answer).getString("type"))
        .as(what)
        .isEqualTo(PROBLEM + "unauthorized");
  }

  private HttpResponse<String> send(String method, String path, String token) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(HttpClients.under(baseUrl, path)))
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", "Bearer " + token);
    if (method.equals("POST")) {
      request
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString("{\"message\":\"show my addresses\"}"));
    } else {
      request.GET();
    }
    return HttpClients.send(request.build());
  }
}
