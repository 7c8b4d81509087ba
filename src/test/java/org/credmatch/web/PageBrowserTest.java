package org.credmatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The page at "/" in headless Chromium against the running service (skips without Chromium). */
@EnabledIf(value = "org.credmatch.web.Browser#installed", disabledReason = Browser.MISSING)
class PageBrowserTest {

  static final String AD =
      "Data analyst\n\nYou must know SQL and Excel, and build dashboards in Tableau.\n"
          + "Nice to have: Python.";

  @TempDir static Path dir;
  static TestService service;
  static Browser browser;

  @BeforeAll
  static void start() throws Exception {
    service = TestService.start(dir.resolve("index"), List.of());
    browser = Browser.start(dir.resolve("chromium"));
  }

  @AfterAll
  static void stop() throws Exception {
    if (browser != null) {
      browser.close();
    }
    if (service != null) {
      service.close();
    }
  }

  @Test
  void pastedAdShowsHighlightsRankedProgramsAndStack() throws Exception {
    searchAd();
    assertThat(marks("hl-required")).containsExactly("SQL", "Excel", "dashboards", "Tableau");
    assertThat(marks("hl-preferred")).containsExactly("Python");
    assertThat(cardIds()).first().isEqualTo("fx:analyst-cert");
    WebElement first = browser.driver().findElement(By.cssSelector("#results .cm-card"));
    assertThat(first.getText())
        .contains("Data Analyst Professional Certificate", "Gamma College", "180 h", "$400");
    assertThat(first.findElement(By.cssSelector(".cm-bar")).getAttribute("aria-label"))
        .matches("Covers \\d+% of the skills asked for");
    assertThat(text("#stack-summary")).contains("covers 4 of 4 required skills");
    assertThat(text("#status")).matches("Showing \\d+ of \\d+ programs\\.");
    assertThat(attr("#share-url", "value")).contains("#text=Data+analyst");
    browser.screenshotPage("page");
    assertThat(browser.alerts()).isEmpty();
  }

  @Test
  void changingAFilterChangesResultsAndKeepsOtherValuesOfThatFacet() {
    searchAd();
    List<String> before = cardIds();
    click("#f-cost-free");
    browser.await(d -> !cardIds().equals(before) ? true : null);
    assertThat(cardIds()).containsExactlyInAnyOrder("fx:excel-dash", "web:hostile");
    assertThat(browser.driver().findElements(By.cssSelector("#results .cm-facts")))
        .allSatisfy(f -> assertThat(f.getText()).contains("Cost: Free"));
    assertThat(text("label[for=f-cost-free]")).contains("(2)");
    click("#f-cost-any");
    browser.await(d -> cardIds().size() == before.size() ? true : null);
    click("#f-type-course");
    browser.await(d -> cardIds().size() < before.size() ? true : null);
    assertThat(text("label[for=f-type-professional-certificate]")).contains("(2)");
    assertThat(attr("#share-url", "value")).contains("type=course");
  }

  @Test
  void editingTheSkillListByKeyboardRerunsTheSearchAndTheLinkRestoresIt() {
    searchAd();
    WebElement remove =
        browser.driver().findElement(By.cssSelector("button[aria-label='Remove tableau']"));
    remove.sendKeys(Keys.ENTER);
    browser.await(d -> marks("hl-required").contains("Tableau") ? null : true);
    browser.await(d -> covered("fx:analyst-cert").contains("tableau") ? null : true);
    WebElement input = browser.driver().findElement(By.id("skill-input"));
    input.sendKeys("stat");
    browser.await(d -> d.findElements(By.cssSelector("#skill-options [role=option]")).size() > 0);
    assertThat(input.getAttribute("aria-activedescendant")).isEqualTo("skill-opt-0");
    input.sendKeys(Keys.ENTER);
    browser.await(d -> covered("fx:stats").contains("statistics") ? true : null);
    assertThat(chips()).containsExactly("dashboards", "excel", "python", "sql", "statistics");
    String link = attr("#share-url", "value");
    assertThat(link).contains("skill=skill%3Astatistics").doesNotContain("skill%3Atableau");
    List<String> ids = cardIds();

    browser.open(link);
    browser.await(d -> cardIds().equals(ids) ? true : null);
    assertThat(chips()).containsExactly("dashboards", "excel", "python", "sql", "statistics");
    assertThat(marks("hl-required")).containsExactly("SQL", "Excel", "dashboards");
  }

  @Test
  void resumeSkillsAreLeftOutOfTheSearch() {
    browser.open(service.base());
    browser.driver().findElement(By.cssSelector("details summary")).click();
    browser.driver().findElement(By.id("resume")).sendKeys("I have written SQL reports for years.");
    browser.driver().findElement(By.id("ad")).sendKeys(AD);
    click("button[type=submit]");
    browser.await(d -> text("#gap").isEmpty() ? null : true);
    assertThat(text("#gap")).isEqualTo("Already on your résumé, left out of the search: sql");
    assertThat(chips()).containsExactly("dashboards", "excel", "python", "tableau");
    assertThat(attr("#share-url", "value")).doesNotContain("written");
  }

  @Test
  void advisorModeSearchesBySkillsAndExportsCsv() throws Exception {
    browser.open(service.base());
    click("input[name=mode][value=skills]");
    WebElement input = browser.driver().findElement(By.id("skill-input"));
    input.sendKeys("exc");
    browser.await(d -> d.findElements(By.cssSelector("#skill-options [role=option]")).size() > 0);
    input.sendKeys(Keys.ENTER);
    browser.await(d -> cardIds().contains("fx:excel-dash") ? true : null);
    assertThat(attr("#share-url", "value")).contains("mode=skills", "skill=skill%3Aexcel");
    browser.screenshotPage("advisor");
    click("#export-csv");
    Path csv = browser.downloads().resolve("credmatch-programs.csv");
    browser.await(d -> Files.exists(csv) ? true : null);
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    assertThat(lines.get(0)).startsWith("\"rank\",\"id\",\"title\",\"provider\"");
    assertThat(lines).hasSize(1 + cardIds().size());
    assertThat(String.join("\n", lines)).contains("\"Excel Dashboards and Reporting\"");
  }

  @Test
  void hostileRecordShowsLiterallyAndRunsNothing() {
    searchAd();
    WebElement card =
        browser.driver().findElement(By.cssSelector("#results .cm-card[data-id='web:hostile']"));
    assertThat(card.findElement(By.cssSelector(".cm-title")).getText())
        .endsWith("<img src=x onerror=alert(1)>");
    assertThat(card.getText())
        .contains("<b onmouseover=alert(2)>Mallory & Co</b>", "<i>6</i> weeks");
    assertThat(card.findElements(By.cssSelector("img, b, i, script"))).isEmpty();
    assertThat(card.findElements(By.tagName("a"))).isEmpty();
    assertThat(browser.driver().findElements(By.cssSelector("main img"))).isEmpty();
    assertThat(browser.alerts()).isEmpty();
  }

  @Test
  void alertRecorderCatchesInjectedMarkup() {
    browser.open(service.base());
    browser.js(
        "document.body.insertAdjacentHTML('beforeend', arguments[0]);",
        "<img src=x onerror=alert(1)>");
    browser.await(d -> browser.alerts().isEmpty() ? null : true);
    assertThat(browser.alerts()).containsExactly("alert:1");
  }

  @Test
  void pageFitsANarrowScreen() throws Exception {
    searchAd();
    browser.width(390);
    try {
      browser.await(d -> browser.js("return window.innerWidth < 500"));
      assertThat(
              (Boolean)
                  browser.js("return document.documentElement.scrollWidth <= window.innerWidth"))
          .as("no horizontal scrolling at 390 px")
          .isTrue();
      browser.screenshotPage("page-narrow");
    } finally {
      browser.width(1280);
    }
  }

  @Test
  void textMeetsContrastInLightAndDarkSchemes() throws Exception {
    String check = resource("/web/contrast.js");
    searchAd();
    assertThat((List<?>) browser.js(check, "body")).as("light scheme").isEmpty();
    browser.colorScheme("dark");
    try {
      assertThat((List<?>) browser.js(check, "body")).as("dark scheme").isEmpty();
    } finally {
      browser.colorScheme("light");
    }
  }

  @Test
  void everyControlHasALabelAndNothingLoadsFromElsewhere() {
    browser.consoleErrors();
    searchAd();
    assertThat(browser.consoleErrors()).isEmpty();
    Object unlabelled =
        browser.js(
            "return [...document.querySelectorAll('input, select, textarea, button')]"
                + ".filter(e => !(e.labels && e.labels.length) && !e.getAttribute('aria-label')"
                + " && !e.textContent.trim()).map(e => e.outerHTML);");
    assertThat((List<?>) unlabelled).isEmpty();
    assertThat(browser.js("return document.documentElement.lang")).isEqualTo("en");
    Object resources =
        browser.js("return performance.getEntriesByType('resource').map(e => e.name);");
    assertThat((List<?>) resources)
        .isNotEmpty()
        .allSatisfy(url -> assertThat(url.toString()).startsWith(service.base()));
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = PageBrowserTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static void searchAd() {
    browser.open(service.base());
    WebElement ad = browser.driver().findElement(By.id("ad"));
    ad.sendKeys(AD);
    ad.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
    browser.await(d -> cardIds().size() > 0 && !text("#stack-summary").isEmpty() ? true : null);
  }

  private static List<String> marks(String cls) {
    return texts("#ad-text mark." + cls);
  }

  private static List<String> chips() {
    return texts("#skill-list .chip-label");
  }

  private static List<String> covered(String id) {
    return texts("#results .cm-card[data-id='" + id + "'] .cm-covered .cm-tag");
  }

  private static List<String> cardIds() {
    return texts("#results .cm-card", "dataset.id");
  }

  private static List<String> texts(String css) {
    return texts(css, "textContent");
  }

  /** One property of every element matching {@code css}, read in one script (no stale nodes). */
  @SuppressWarnings("unchecked")
  private static List<String> texts(String css, String property) {
    return (List<String>)
        browser.js(
            "return [...document.querySelectorAll(arguments[0])].map(e => String(e."
                + property
                + "));",
            css);
  }

  private static String text(String css) {
    return browser.driver().findElement(By.cssSelector(css)).getText();
  }

  private static String attr(String css, String name) {
    return browser.driver().findElement(By.cssSelector(css)).getAttribute(name);
  }

  private static void click(String css) {
    browser.driver().findElement(By.cssSelector(css)).click();
  }
}
