package com.shopassistant.it.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopassistant.it.gemini.GeminiFakeExtension;
import com.shopassistant.it.support.ApiSession;
import com.shopassistant.it.support.HttpClients;
import com.shopassistant.it.support.ShopDeployment;
import com.shopassistant.it.usage.UsageLedger;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The admin dashboard in headless Chromium: the administrator signs in at {@code /admin}, the
 * charts draw the ledger's planted usage (per day by model, top customers) and a budget refusal
 * from {@code /metrics}, and a tier change goes through the admin API.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdminPageIT {

  // The server under test calls Gemini at the fake's address; nothing here reaches the model.
  @RegisterExtension static final GeminiFakeExtension GEMINI = new GeminiFakeExtension();

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return ShopDeployment.withTestPackages(AdminPageIT.class.getPackage());
  }

  @ArquillianResource URL baseUrl;

  private Browser browser;

  @AfterEach
  void closeTheBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void theAdministratorSignsInSeesTheChartsAndChangesATier() throws Exception {
    ApiSession heavy = ApiSession.register(baseUrl, "admin-page-secret-1");
    ApiSession light = ApiSession.register(baseUrl, "admin-page-secret-2");
    plantTwoWeeks(heavy, light);
    refuseAGuestOverBudget();

    browser = Browser.open(1280, 1000, "en-US");
    browser.go(baseUrl + "admin");
    browser.visible("#admin-username").sendKeys("admin");
    browser
        .visible("#admin-password")
        .sendKeys(System.getProperty("it.admin.password", "it-admin-secret"));
    browser.driver().findElement(By.cssSelector("#admin-login button[type=submit]")).click();
    browser.visible("body[data-loaded='true']");

    assertThat(bars("#chart-tokens")).isGreaterThanOrEqualTo(4);
    assertThat(bars("#chart-cost")).isGreaterThanOrEqualTo(4);
    assertThat(browser.all("#chart-tokens .legend li"))
        .extracting(WebElement::getText)
        .contains("gemini-2.5-flash", "gemini-2.5-pro");
    assertThat(tableText("#chart-users")).contains(email(heavy)).contains(email(light));
    assertThat(bars("#chart-refusals")).isPositive();
    assertThat(tableText("#chart-refusals")).contains("guest · daily_limit_exceeded");
    assertThat(browser.visible("#alerts").getText()).contains("Cost today");
    assertThat(browser.visible("#link-metrics").getAttribute("href")).endsWith("/metrics");
    assertThat(browser.visible("#link-openapi").getAttribute("href")).endsWith("/openapi/ui");
    browser.screenshotOfPage("admin");

    browser.visible("#tier-customer").sendKeys(Long.toString(light.customerId()));
    new Select(browser.visible("#tier-value")).selectByValue("PREMIUM");
    browser.driver().findElement(By.cssSelector("#tier-form button[type=submit]")).click();
    assertThat(browser.withText("#tier-result", "to premium").getText())
        .contains("moved from free to premium");
  }

  @Test
  void aCustomerTokenIsNotLetIntoTheDashboard() throws Exception {
    ApiSession customer = ApiSession.register(baseUrl, "admin-page-secret-3");

    browser = Browser.open(1280, 900, "en-US");
    browser.go(baseUrl + "admin/");
    browser.visible("#admin-username").sendKeys(email(customer));
    browser.visible("#admin-password").sendKeys("admin-page-secret-3");
    browser.driver().findElement(By.cssSelector("#admin-login button[type=submit]")).click();

    browser.withText("#admin-login .form-error", "not an administrator");
    assertThat(browser.visible("#admin-signin").isDisplayed()).isTrue();
    assertThat(browser.driver().findElement(By.id("dashboard")).isDisplayed()).isFalse();
  }

  /**
   * Two weeks of calls of two customers on two models. Only a few cents fall on today, so the day's
   * $75 cost alert of other tests sharing this database stays off.
   */
  private static void plantTwoWeeks(ApiSession heavy, ApiSession light) throws Exception {
    Instant now = Instant.now();
    for (int day = 0; day < 14; day += 1) {
      Instant at = now.minus(Duration.ofDays(day));
      boolean today = day == 0;
      UsageLedger.plant(
          heavy.customerId(),
          at,
          "gemini-2.5-flash",
          "FREE",
          20_000 + day * 1_500,
          900,
          8_000,
          today ? "0.0040" : "2.5" + day);
      if (day % 2 == 0) {
        UsageLedger.plant(
            heavy.customerId(),
            at,
            "gemini-2.5-pro",
            "FREE",
            6_000 + day * 500,
            400,
            0,
            today ? "0.0110" : "3.1" + day);
      }
      UsageLedger.plant(
          light.customerId(),
          at,
          "gemini-2.5-flash",
          "FREE",
          4_000,
          200,
          1_000,
          today ? "0.0007" : "0.6" + day);
    }
  }

  /** A guest whose day is used up chats once: the server refuses it and counts the refusal. */
  private void refuseAGuestOverBudget() throws Exception {
    ApiSession guest = ApiSession.guest(baseUrl);
    UsageLedger.plant(
        guest.customerId(), Instant.now(), "gemini-2.5-flash", "GUEST", 10_000, 0, 0, "0.0015");
    HttpResponse<String> refused = guest.post("api/v1/chat", "{\"message\":\"hello\"}");
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(429);
  }

  private int bars(String chart) {
    browser.visible(chart + " svg");
    return browser.all(chart + " svg rect.bar").size();
  }

  /** The chart's data table (inside a closed details element, so read as textContent). */
  private String tableText(String chart) {
    return (String)
        browser.script(
            "return document.querySelector(arguments[0] + ' table').textContent;", chart);
  }

  private static String email(ApiSession session) throws Exception {
    return HttpClients.json(session.get("api/v1/me")).getString("email");
  }
}
