package org.credmatch.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium driven through the system's chromedriver, with a fresh profile, no network
 * access of its own, a download folder, and {@code window.alert} recording calls in {@code
 * window.__alerts} instead of opening dialogs. Not thread-safe: one per test class.
 */
final class Browser implements AutoCloseable {

  static final Path CHROMIUM =
      Path.of(System.getProperty("credmatch.chromium", "/usr/bin/chromium"));
  static final Path CHROMEDRIVER =
      Path.of(System.getProperty("credmatch.chromedriver", "/usr/bin/chromedriver"));
  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private static final String RECORD_ALERTS =
      "window.__alerts = [];"
          + " for (const name of ['alert', 'confirm', 'prompt']) {"
          + " window[name] = (m) => { window.__alerts.push(name + ':' + m); }; }";

  private final ChromeDriver driver;
  private final Path downloads;

  private Browser(ChromeDriver driver, Path downloads) {
    this.driver = driver;
    this.downloads = downloads;
  }

  /** Why the browser tests cannot run here. */
  static final String MISSING =
      "skipping browser tests: /usr/bin/chromium or /usr/bin/chromedriver is missing"
          + " (Debian: apt-get install chromium chromium-driver)";

  /**
   * Whether Chromium and chromedriver are installed, for {@code @EnabledIf}: the browser tests are
   * skipped with {@link #MISSING} where they are not (a developer's clone), but fail on CI ({@code
   * CI=true}), where .ci/run installs both.
   */
  static boolean installed() {
    boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (!present && "true".equals(System.getenv("CI"))) {
      throw new IllegalStateException(
          CHROMIUM + " or " + CHROMEDRIVER + " is missing on CI; .ci/run should install them");
    }
    return present;
  }

  /** Starts Chromium with its profile and downloads under {@code dir}. */
  static Browser start(Path dir) throws IOException {
    Path profile = Files.createDirectories(dir.resolve("profile"));
    Path downloads = Files.createDirectories(dir.resolve("downloads"));
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--no-first-run",
        "--window-size=1280,900",
        "--user-data-dir=" + profile);
    options.setExperimentalOption(
        "prefs",
        Map.of(
            "download.default_directory",
            downloads.toString(),
            "download.prompt_for_download",
            false));
    options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.IGNORE);
    options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
    var service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.executeCdpCommand(
        "Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORD_ALERTS));
    driver.executeCdpCommand(
        "Browser.setDownloadBehavior",
        Map.of("behavior", "allow", "downloadPath", downloads.toString()));
    return new Browser(driver, downloads);
  }

  WebDriver driver() {
    return driver;
  }

  Path downloads() {
    return downloads;
  }

  /** Loads a URL as a fresh document (never a same-document fragment change). */
  void open(String url) {
    driver.get("about:blank");
    driver.get(url);
  }

  /** Waits up to ten seconds for the condition to be non-null and not false. */
  <T> T await(Function<WebDriver, T> condition) {
    return new WebDriverWait(driver, Duration.ofSeconds(10)).until(condition);
  }

  Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  /** Console errors (and failed loads) since the last call. */
  List<String> consoleErrors() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage)
        .toList();
  }

  /** Alerts, confirms and prompts the page tried to open. */
  @SuppressWarnings("unchecked")
  List<String> alerts() {
    return (List<String>) js("return window.__alerts || [];");
  }

  /** Saves a screenshot of the whole page as target/screenshots/{name}.png. */
  Path screenshotPage(String name) throws IOException {
    return shoot(
        name,
        "const e = document.documentElement;"
            + " return {x: 0, y: 0, width: e.scrollWidth, height: e.scrollHeight, scale: 1};");
  }

  /** Saves a screenshot of the element with this id as target/screenshots/{name}.png. */
  Path screenshot(String name, String elementId) throws IOException {
    return shoot(
        name,
        "const r = document.getElementById('"
            + elementId
            + "').getBoundingClientRect();"
            + " return {x: r.left + scrollX, y: r.top + scrollY, width: r.width,"
            + " height: r.height, scale: 1};");
  }

  /**
   * Captures a box (from a script) with the DevTools protocol, the window made as tall as the
   * document first so that viewport-bound parts (the sticky filter panel) show whole.
   */
  @SuppressWarnings("unchecked")
  private Path shoot(String name, String boxScript) throws IOException {
    Dimension before = driver.manage().window().getSize();
    long height = (Long) js("return Math.ceil(document.documentElement.scrollHeight);");
    driver.manage().window().setSize(new Dimension(before.getWidth(), (int) height + 200));
    try {
      var box = (Map<String, Object>) js(boxScript);
      var shot =
          driver.executeCdpCommand(
              "Page.captureScreenshot",
              Map.of("format", "png", "captureBeyondViewport", true, "clip", box));
      Files.createDirectories(SCREENSHOTS);
      byte[] png = Base64.getDecoder().decode((String) shot.get("data"));
      return Files.write(SCREENSHOTS.resolve(name + ".png"), png);
    } finally {
      driver.manage().window().setSize(before);
    }
  }

  /** Emulates the user's colour scheme preference ("light" or "dark"). */
  void colorScheme(String scheme) {
    driver.executeCdpCommand(
        "Emulation.setEmulatedMedia",
        Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
  }

  /** Sets the window width (CSS pixels, roughly), keeping its height. */
  void width(int width) {
    Dimension now = driver.manage().window().getSize();
    driver.manage().window().setSize(new Dimension(width, now.getHeight()));
  }

  @Override
  public void close() {
    driver.quit();
  }
}
