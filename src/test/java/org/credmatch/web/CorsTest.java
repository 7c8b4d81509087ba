package org.credmatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cross-origin rules of the API: configured origins only, preflights included. */
class CorsTest {

  static final String ALLOWED = "http://partner.example:8080";
  static final String OTHER = "http://evil.example";
  static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir static Path dir;
  static TestService withOrigin;
  static TestService withoutOrigins;

  @BeforeAll
  static void start() throws Exception {
    withOrigin = TestService.start(dir.resolve("a"), List.of(ALLOWED));
    withoutOrigins = TestService.start(dir.resolve("b"), List.of());
  }

  @AfterAll
  static void stop() throws Exception {
    withOrigin.close();
    withoutOrigins.close();
  }

  @Test
  void configuredOriginMayReadResponses() throws Exception {
    var response = send(withOrigin, "GET", "api/v1/skills/suggest?q=sq", ALLOWED);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue(ALLOWED);
  }

  @Test
  void configuredOriginPassesThePreflightOfAJsonPost() throws Exception {
    var response = preflight(withOrigin, ALLOWED);
    assertThat(response.statusCode()).isBetween(200, 204);
    assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue(ALLOWED);
    assertThat(response.headers().firstValue("Access-Control-Allow-Headers"))
        .hasValueSatisfying(h -> assertThat(h.toLowerCase()).contains("content-type"));
  }

  @Test
  void otherOriginGetsNoCorsHeaders() throws Exception {
    var get = send(withOrigin, "GET", "api/v1/skills/suggest?q=sq", OTHER);
    assertThat(get.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    var options = preflight(withOrigin, OTHER);
    assertThat(options.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
  }

  @Test
  void noOriginIsAllowedWhenNoneIsConfigured() throws Exception {
    var get = send(withoutOrigins, "GET", "api/v1/skills/suggest?q=sq", ALLOWED);
    assertThat(get.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    var options = preflight(withoutOrigins, ALLOWED);
    assertThat(options.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
  }

  private static HttpResponse<String> preflight(TestService service, String origin)
      throws Exception {
    var request =
        HttpRequest.newBuilder(URI.create(service.base() + "api/v1/recommendations"))
            .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
            .header("Origin", origin)
            .header("Access-Control-Request-Method", "POST")
            .header("Access-Control-Request-Headers", "content-type")
            .build();
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> send(
      TestService service, String method, String path, String origin) throws Exception {
    var request =
        HttpRequest.newBuilder(URI.create(service.base() + path))
            .method(method, HttpRequest.BodyPublishers.noBody())
            .header("Origin", origin)
            .build();
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
  }
}
