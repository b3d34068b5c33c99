package com.shopassistant.it.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopassistant.it.support.HttpClients;
import com.shopassistant.it.support.ShopDeployment;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Liberty's admin center and its REST connector accept the administrator of ADMIN_USERNAME /
 * ADMIN_PASSWORD and nobody else. The server's certificate is the self-signed one Liberty makes, so
 * this client trusts any certificate: it talks to loopback only.
 */
@ExtendWith(ArquillianExtension.class)
class AdminCenterIT {

  private static final String CONNECTOR = "/IBMJMXConnectorREST/mbeanCount";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return ShopDeployment.withTestPackages();
  }

  @Test
  void theAdminCenterIsServedOverHttps() throws Exception {
    HttpResponse<String> page = send(HttpRequest.newBuilder(https("/adminCenter/")));

    assertThat(page.statusCode()).isIn(200, 302);
  }

  @Test
  void onlyTheConfiguredAdministratorGetsIn() throws Exception {
    String password = System.getProperty("it.admin.password", "it-admin-secret");

    HttpResponse<String> administrator =
        send(
            HttpRequest.newBuilder(https(CONNECTOR))
                .header("Authorization", HttpClients.basic("admin", password)));
    HttpResponse<String> wrongPassword =
        send(
            HttpRequest.newBuilder(https(CONNECTOR))
                .header("Authorization", HttpClients.basic("admin", password + "x")));
    HttpResponse<String> anonymous = send(HttpRequest.newBuilder(https(CONNECTOR)));

    assertThat(administrator.statusCode()).as(administrator.body()).isEqualTo(200);
    assertThat(wrongPassword.statusCode()).isEqualTo(401);
    assertThat(anonymous.statusCode()).isEqualTo(401);
  }

  private static URI https(String path) {
    return URI.create("https://127.0.0.1:" + System.getProperty("it.https.port", "9453") + path);
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return loopbackClient()
        .send(
            request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpClient loopbackClient() throws Exception {
    TrustManager trustAll =
        new X509TrustManager() {
          @Override
          public void checkClientTrusted(X509Certificate[] chain, String authType) {}

          @Override
          public void checkServerTrusted(X509Certificate[] chain, String authType) {}

          @Override
          public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
          }
        };
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, new TrustManager[] {trustAll}, new SecureRandom());
    SSLParameters parameters = new SSLParameters();
    parameters.setEndpointIdentificationAlgorithm(null);
    return HttpClient.newBuilder()
        .sslContext(context)
        .sslParameters(parameters)
        .connectTimeout(Duration.ofSeconds(10))
        .build();
  }
}
