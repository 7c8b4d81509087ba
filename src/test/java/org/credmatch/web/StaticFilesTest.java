package org.credmatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The page's files are served at the root and load nothing from other hosts. */
class StaticFilesTest {

  static final List<String> FILES =
      List.of("index.html", "app.css", "app.js", "state.js", "skills.js", "view.js", "widget.js");

  /** An absolute or protocol-relative URL in a src/href attribute, CSS url() or import. */
  static final Pattern EXTERNAL =
      Pattern.compile(
          "(?:\\b(?:src|href)\\s*=\\s*[\"']?|url\\(\\s*[\"']?|@import\\s+[\"']?|\\bfrom\\s+[\"'])"
              + "(?:[a-z][a-z0-9+.-]*:)?//",
          Pattern.CASE_INSENSITIVE);

  static final HttpClient HTTP = HttpClient.newHttpClient();
  @TempDir static Path dir;
  static TestService service;

  @BeforeAll
  static void start() throws IOException {
    service = TestService.start(dir, List.of());
  }

  @AfterAll
  static void stop() throws IOException {
    service.close();
  }

  @Test
  void servesThePageAtTheRootAndTheWidgetBesideIt() throws Exception {
    var page = get("");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("text/html"));
    assertThat(page.body()).contains("<script src=\"widget.js\"></script>");
    var widget = get("widget.js");
    assertThat(widget.statusCode()).isEqualTo(200);
    assertThat(widget.headers().firstValue("Content-Type"))
        .hasValueSatisfying(v -> assertThat(v).contains("javascript"));
    assertThat(widget.body()).contains("customElements.define('credmatch-search'");
  }

  @Test
  void pageFilesReferenceNoOtherHost() throws Exception {
    for (String file : FILES) {
      String text = resource(file);
      assertThat(EXTERNAL.matcher(text).find()).as(file + " refers to another host").isFalse();
      assertThat(get(file).statusCode()).as(file).isEqualTo(200);
    }
  }

  @Test
  void externalReferenceCheckCatchesCdnTags() {
    assertThat(EXTERNAL.matcher("<script src=\"https://cdn.example/x.js\">").find()).isTrue();
    assertThat(EXTERNAL.matcher("@import url(//fonts.example/css);").find()).isTrue();
    assertThat(EXTERNAL.matcher("import x from 'https://esm.example/x';").find()).isTrue();
    assertThat(EXTERNAL.matcher("<script src=\"widget.js\">").find()).isFalse();
  }

  private static String resource(String file) throws IOException {
    try (InputStream in = StaticFilesTest.class.getResourceAsStream("/web/" + file)) {
      assertThat(in).as(file).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(service.base() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
