package org.credmatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;

/**
 * The widget embedded in pages of two other origins: one the service allows (--cors-origin), one it
 * does not. Headless Chromium; skips without it.
 */
@EnabledIf(value = "org.credmatch.web.Browser#installed", disabledReason = Browser.MISSING)
class WidgetBrowserTest {

  static final String AD = "Analyst: SQL, Excel and Tableau dashboards. Nice to have: Python.";

  @TempDir static Path dir;
  static TestService service;
  static Browser browser;
  static OriginServer allowed;
  static OriginServer refused;

  @BeforeAll
  static void start() throws Exception {
    Map<String, String> pages = new ConcurrentHashMap<>();
    allowed = OriginServer.start(pages);
    refused = OriginServer.start(pages);
    service = TestService.start(dir.resolve("index"), List.of(allowed.origin()));
    pages.putAll(pages(service.base()));
    browser = Browser.start(dir.resolve("chromium"));
  }

  static Map<String, String> pages(String api) {
    String head =
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Partner site</title>"
            + "<style>body { font-family: Georgia, serif; margin: 2rem; background: #fbf8f2; }"
            + " credmatch-search { max-width: 44rem; --credmatch-accent: #7a1fa2; }</style>"
            + "</head><body><h1>Partner site: find a course</h1>"
            + "<script src=\""
            + api
            + "widget.js\"></script>";
    return Map.of(
        "/plain.html",
        head + "<credmatch-search id=\"w\" limit=\"3\"></credmatch-search></body></html>",
        "/scoped.html",
        head
            + "<credmatch-search id=\"w\" provider=\"Alpha University\" filters=\"level=intermediate\""
            + " limit=\"5\" theme=\"dark\" label=\"Your job ad\"></credmatch-search></body></html>");
  }

  @AfterAll
  static void stop() throws Exception {
    if (browser != null) {
      browser.close();
    }
    if (service != null) {
      service.close();
    }
    if (allowed != null) {
      allowed.close();
      refused.close();
    }
  }

  @Test
  void widgetOnAnAllowedOriginRanksProgramsWithItsTheme() throws Exception {
    SearchContext widget = search(allowed.origin() + "/plain.html", AD);
    browser.await(d -> widget.findElements(By.cssSelector(".cm-card")).size() == 3);
    List<WebElement> cards = widget.findElements(By.cssSelector(".cm-card"));
    assertThat(cards.get(0).getDomAttribute("data-id")).isEqualTo("fx:analyst-cert");
    assertThat(cards.get(0).getText()).contains("Data Analyst Professional Certificate", "Teaches");
    assertThat(widget.findElement(By.cssSelector(".cm-status")).getText())
        .matches("Showing 3 of \\d+ matching programs\\.");
    assertThat(widget.findElement(By.cssSelector("button")).getCssValue("background-color"))
        .isEqualTo("rgba(122, 31, 162, 1)");
    assertThat(browser.driver().findElements(By.cssSelector("body .cm-card")))
        .as("cards live in the shadow root, not the host page")
        .isEmpty();
    browser.screenshot("widget", "w");
  }

  @Test
  void widgetKeepsToItsProviderFiltersLimitAndDarkTheme() {
    SearchContext widget = search(allowed.origin() + "/scoped.html", "SQL and Excel");
    browser.await(d -> widget.findElements(By.cssSelector(".cm-card")).size() > 0);
    assertThat(widget.findElements(By.cssSelector(".cm-card")))
        .extracting(c -> c.getDomAttribute("data-id"))
        .containsExactly("fx:sql-basics-2");
    assertThat(widget.findElement(By.cssSelector("label")).getText()).isEqualTo("Your job ad");
    assertThat(widget.findElement(By.cssSelector(".cm-root")).getCssValue("background-color"))
        .isEqualTo("rgba(22, 25, 29, 1)");
  }

  @Test
  void hostileRecordStaysInertInTheWidget() {
    SearchContext widget = search(allowed.origin() + "/plain.html", "SQL and statistics");
    browser.await(d -> widget.findElements(By.cssSelector(".cm-card")).size() == 3);
    WebElement card = widget.findElement(By.cssSelector(".cm-card[data-id='web:hostile']"));
    assertThat(card.findElement(By.cssSelector(".cm-title")).getText())
        .endsWith("<img src=x onerror=alert(1)>");
    assertThat(card.getText()).contains("<b onmouseover=alert(2)>Mallory & Co</b>");
    assertThat(card.findElements(By.cssSelector("img, b, i, script, a"))).isEmpty();
    assertThat(browser.alerts()).isEmpty();
  }

  @Test
  void widgetOnAnOriginNotAllowedIsRefused() {
    SearchContext widget = search(refused.origin() + "/plain.html", AD);
    WebElement status = widget.findElement(By.cssSelector(".cm-status"));
    browser.await(d -> status.getText().startsWith("Could not reach") ? true : null);
    assertThat(widget.findElements(By.cssSelector(".cm-card"))).isEmpty();
  }

  /** Opens a host page, types the ad into its widget and submits; returns the shadow root. */
  private static SearchContext search(String page, String ad) {
    browser.open(page);
    WebElement host = browser.await(d -> d.findElement(By.id("w")));
    SearchContext widget = host.getShadowRoot();
    widget.findElement(By.cssSelector("textarea")).sendKeys(ad);
    widget.findElement(By.cssSelector("button[type=submit]")).click();
    return widget;
  }
}
