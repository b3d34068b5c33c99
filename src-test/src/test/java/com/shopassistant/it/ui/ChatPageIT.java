package com.shopassistant.it.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopassistant.it.assistant.ChatCalls;
import com.shopassistant.it.assistant.ChatStore;
import com.shopassistant.it.assistant.ConfirmRules;
import com.shopassistant.it.gemini.FakeMatch;
import com.shopassistant.it.gemini.FakeReply;
import com.shopassistant.it.gemini.FakeRule;
import com.shopassistant.it.gemini.GeminiFakeExtension;
import com.shopassistant.it.support.ApiSession;
import com.shopassistant.it.support.HttpClients;
import com.shopassistant.it.support.ShopDeployment;
import com.shopassistant.it.usage.UsageLedger;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The chat page in headless Chromium against the real server, Gemini played by the fake: a whole
 * purchase (search by chat, a product card's add to cart, a voucher in the cart drawer, the
 * confirmation card's Confirm, the order in the orders drawer, the conversation after a reload), a
 * guest over budget, a phone-sized screen and the Indonesian labels.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ChatPageIT {

  @RegisterExtension static final GeminiFakeExtension GEMINI = new GeminiFakeExtension();

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return ShopDeployment.withTestPackages(ChatPageIT.class.getPackage());
  }

  @ArquillianResource URL baseUrl;

  private final ChatStore store = new ChatStore();
  private Browser browser;

  @BeforeEach
  void openTheStore() throws Exception {
    store.importInto(baseUrl);
  }

  @AfterEach
  void closeTheBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void searchAddFromACardApplyAVoucherConfirmTheCheckoutAndSeeTheOrder() throws Exception {
    ApiSession shopper = openAsGuest(1280, 900, "en-US");
    new ChatCalls(shopper).readyToPay();

    findTheHeadphones();
    WebElement card = browser.anyWithText(".card.product", "Chat Headphones");
    assertThat(card.getText()).contains("Only 5 left").contains("$50.00");
    new Select(card.findElement(By.tagName("select"))).selectByVisibleText("black");
    card.findElement(By.cssSelector("button.add")).click();
    browser.withText("#cart-count", "1");
    assertThat(cartItemCodes(shopper)).containsExactly(store.black);
    browser.screenshot("chat-desktop");

    browser.driver().findElement(By.id("cart-button")).click();
    WebElement voucher = browser.visible("#cart-drawer .voucher input");
    voucher.sendKeys(store.voucher);
    browser
        .driver()
        .findElement(By.cssSelector("#cart-drawer .voucher button[type=submit]"))
        .click();
    browser.withText("#cart-drawer .voucher-message", "Voucher " + store.voucher + " applied");
    assertThat(browser.withText("#cart-drawer .totals", "$45.00").getText()).contains("-$5.00");
    browser.screenshot("cart-desktop");
    browser.driver().findElement(By.cssSelector("#cart-drawer .close")).click();

    GEMINI
        .fake()
        .enqueue(
            FakeReply.call("quote_checkout", Map.of()),
            FakeReply.text("Total 45.00 USD to your office address. Shall I place the order?"));
    say("check out to my office address");
    WebElement confirmation = browser.visible(".card.confirmation");
    assertThat(confirmation.getText()).contains("Please confirm: Place the order");
    assertThat(orders(shopper)).isEmpty();

    GEMINI.fake().rule(ConfirmRules.confirmWithQuotedTokenWhen("confirm"));
    GEMINI
        .fake()
        .rule(
            FakeRule.when(
                FakeMatch.lastFunctionResponseOf("confirm_checkout"),
                FakeReply.text("Your order is placed.")));
    confirmation.findElement(By.cssSelector(".confirm-yes")).click();
    browser.withText("#log", "Your order is placed.");

    List<JsonObject> placed = orders(shopper);
    assertThat(placed).hasSize(1);
    assertThat(placed.get(0).getJsonNumber("total").bigDecimalValue()).isEqualByComparingTo("45");
    String number = placed.get(0).getString("orderNumber");
    browser.driver().findElement(By.id("orders-button")).click();
    assertThat(browser.anyWithText("#orders-drawer .order", number).getText()).contains("$45.00");

    browser.driver().navigate().refresh();
    browser.withText("#log", "Your order is placed.");
    assertThat(browser.visible("#log").getText())
        .contains("find headphones " + store.nameWord)
        .contains("check out to my office address");
  }

  @Test
  void aGuestNearTheBudgetIsWarnedAndOverItSeesTheKindMessageWithoutAModelCall() throws Exception {
    ApiSession guest = openAsGuest(1280, 900, "en-US");
    UsageLedger.plant(
        guest.customerId(), Instant.now(), "gemini-2.5-flash", "GUEST", 8_500, 0, 0, "0.0013");
    browser.driver().navigate().refresh();
    browser.withText("#budget-banner", "You have used most of your assistant allowance for today");

    UsageLedger.plant(
        guest.customerId(), Instant.now(), "gemini-2.5-flash", "GUEST", 1_490, 0, 0, "0.0002");
    say("find headphones " + store.nameWord);

    WebElement notice = browser.visible(".notice.budget");
    assertThat(notice.getText())
        .contains("You have reached your assistant allowance")
        .contains("Your guest allowance for today is used up");
    assertThat(browser.visible("#budget-banner").getText())
        .isEqualTo("You have reached your assistant allowance");
    assertThat(GEMINI.fake().modelCalls()).isEmpty();
    browser.screenshot("chat-budget");

    notice.findElement(By.tagName("button")).click();
    WebElement email = browser.visible("#register-email");
    assertThat(browser.script("return document.activeElement.id")).isEqualTo("register-email");
    assertThat(email.isDisplayed()).isTrue();
  }

  @Test
  void onAPhoneThePageFitsTheScreenAndTheCardsStack() throws Exception {
    openAsGuest(390, 844, "en-US");

    findTheHeadphones();
    browser.anyWithText(".card.product", "Chat Headphones");

    long pageWidth = (Long) browser.script("return document.documentElement.scrollWidth;");
    assertThat(pageWidth).isLessThanOrEqualTo(390);
    assertThat(
            browser.visible("#composer button[type=submit]").getRect().getX()
                + browser.visible("#composer button[type=submit]").getRect().getWidth())
        .isLessThanOrEqualTo(390);
    browser.screenshot("chat-phone");
  }

  @Test
  void aBrowserPreferringIndonesianGetsIndonesianLabelsAndKeyboardOrder() throws Exception {
    openAsGuest(1280, 900, "id-ID");

    assertThat(browser.script("return document.documentElement.lang")).isEqualTo("id");
    assertThat(browser.visible("#composer button[type=submit]").getText()).isEqualTo("Kirim");
    assertThat(browser.visible("#cart-button").getText()).contains("Keranjang");
    assertThat(browser.visible("#message").getAttribute("placeholder"))
        .isEqualTo("Tulis pesan untuk asisten…");
    assertThat(browser.visible("#log .message.assistant").getText()).contains("Halo!");
    // Tab from the top reaches the skip link first, and the skip link leads to the message box.
    browser.driver().findElement(By.tagName("body")).sendKeys(Keys.TAB);
    assertThat(browser.script("return document.activeElement.className")).isEqualTo("skip");
    browser.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
    assertThat(browser.script("return document.activeElement.id")).isEqualTo("message");
  }

  /** Opens the chat page, waits for its guest start and returns that guest's API session. */
  private ApiSession openAsGuest(int width, int height, String lang) throws Exception {
    browser = Browser.open(width, height, lang);
    browser.go(baseUrl.toString());
    browser.visible("#log .message.assistant");
    String token = browser.until(d -> browser.localStorage("shop.token"));
    JsonObject customer =
        Json.createReader(new StringReader(browser.localStorage("shop.customer"))).readObject();
    return new ApiSession(baseUrl, token, customer.getJsonNumber("id").longValue(), null);
  }

  private void findTheHeadphones() throws Exception {
    GEMINI
        .fake()
        .enqueue(
            FakeReply.call("search_products", Map.of("query", "headphones " + store.nameWord)),
            FakeReply.text("I found Chat Headphones in blue and black, 50.00 each."));
    say("find headphones " + store.nameWord);
    browser.withText("#log", "I found Chat Headphones in blue and black");
  }

  /** Types a message and sends it with Enter, as a shopper would. */
  private void say(String message) {
    WebElement input = browser.visible("#message");
    input.sendKeys(message);
    input.sendKeys(Keys.ENTER);
  }

  private static List<String> cartItemCodes(ApiSession shopper) throws Exception {
    return HttpClients.json(shopper.get("api/v1/cart")).getJsonArray("lines").stream()
        .map(line -> line.asJsonObject().getString("itemCode"))
        .toList();
  }

  private static List<JsonObject> orders(ApiSession shopper) throws Exception {
    return HttpClients.json(shopper.get("api/v1/orders"))
        .getJsonArray("items")
        .getValuesAs(JsonObject.class);
  }
}
