package com.shopassistant.it.ui;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium for a test: a window of a chosen size and language, waits that fail the
 * test when they time out, and screenshots saved under {@code target/screenshots}.
 */
final class Browser implements AutoCloseable {

  /** Long enough for a streamed turn through the fake on a busy 2-core machine. */
  private static final Duration WAIT = Duration.ofSeconds(30);

  private final ChromeDriver driver;
  private final WebDriverWait wait;

  private Browser(ChromeDriver driver) {
    this.driver = driver;
    this.wait = new WebDriverWait(driver, WAIT);
  }

  /** A browser window {@code width} × {@code height} whose preferred language is {@code lang}. */
  static Browser open(int width, int height, String lang) {
    File chromium = new File(System.getProperty("it.chromium", "/usr/bin/chromium"));
    File chromedriver = new File(System.getProperty("it.chromedriver", "/usr/bin/chromedriver"));
    if (!chromium.canExecute() || !chromedriver.canExecute()) {
      throw new IllegalStateException(
          "browser tests need "
              + chromium
              + " and "
              + chromedriver
              + ": apt-get install -y chromium chromium-driver (.ci/run does)");
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium);
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-dev-shm-usage",
        "--hide-scrollbars",
        "--lang=" + lang,
        "--window-size=" + width + "," + height);
    // navigator.languages follows this preference; the page picks its labels from it.
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", lang));
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(chromedriver).build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().window().setSize(new Dimension(width, height));
    return new Browser(driver);
  }

  WebDriver driver() {
    return driver;
  }

  void go(String url) {
    driver.get(url);
  }

  /** Waits until an element is visible and returns it; fails the test after the wait. */
  WebElement visible(String css) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
  }

  /** Waits until an element's text contains {@code text}; fails the test after the wait. */
  WebElement withText(String css, String text) {
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
    return driver.findElement(By.cssSelector(css));
  }

  /** Waits until some element matching {@code css} contains {@code text}, and returns it. */
  WebElement anyWithText(String css, String text) {
    return wait.until(
        d ->
            d.findElements(By.cssSelector(css)).stream()
                .filter(e -> e.getText().contains(text))
                .findFirst()
                .orElse(null));
  }

  <T> T until(Function<WebDriver, T> condition) {
    return wait.until(condition);
  }

  List<WebElement> all(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  Object script(String js, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(js, args);
  }

  String localStorage(String key) {
    return (String) script("return window.localStorage.getItem(arguments[0]);", key);
  }

  /** Saves a screenshot of the window as {@code target/screenshots/<name>.png}. */
  Path screenshot(String name) throws IOException {
    Path dir = Path.of(System.getProperty("it.screenshots", "target/screenshots"));
    Files.createDirectories(dir);
    Path target = dir.resolve(name + ".png");
    File shot = driver.getScreenshotAs(OutputType.FILE);
    Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    return target;
  }

  /** A screenshot of the whole page: the window grows to the page's height first. */
  Path screenshotOfPage(String name) throws IOException {
    Dimension window = driver.manage().window().getSize();
    long viewport = (Long) script("return window.innerHeight;");
    long page = (Long) script("return document.documentElement.scrollHeight;");
    int chrome = (int) (window.getHeight() - viewport);
    driver.manage().window().setSize(new Dimension(window.getWidth(), (int) page + chrome));
    try {
      return screenshot(name);
    } finally {
      driver.manage().window().setSize(window);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
