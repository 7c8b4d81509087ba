package org.credmatch.api.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.credmatch.api.ApiServer;
import org.credmatch.api.ApiServices;
import org.credmatch.index.ConfigFiles;
import org.credmatch.search.RankingConfig;
import org.credmatch.search.SearchFixtures;
import org.credmatch.search.ServingCatalog;
import org.credmatch.skills.Extraction;
import org.credmatch.skills.SkillExtractor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpsServerTest {

  @TempDir static Path dir;
  static ServingCatalog index;
  static final HttpClient HTTP = HttpClient.newHttpClient();
  static final ObjectMapper JSON = new ObjectMapper();
  static final Semaphore SLOW_STARTED = new Semaphore(0);
  static Server limited;
  static Server open;

  record Server(Ops ops, Javalin app, ServingCatalog catalog) {
    void stop() {
      app.stop();
      ops.close();
    }
  }

  /** Slow on texts starting with "slow": the deadline path. */
  static final class SlowExtractor implements SkillExtractor {
    private final SkillExtractor delegate = SearchFixtures.extractor();

    @Override
    public Extraction extract(String text) {
      if (text.startsWith("slow")) {
        SLOW_STARTED.release();
        try {
          Thread.sleep(5_000);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      return delegate.extract(text);
    }
  }

  @BeforeAll
  static void start() throws IOException {
    limited = server(new OpsConfig(2, 3, Duration.ofSeconds(5), 16, 64, 32), "limited");
    open = server(new OpsConfig(0, 1, Duration.ofMillis(1500), 16, 64, 1), "open");
    index = open.catalog();
  }

  static Server server(OpsConfig config, String name) throws IOException {
    var ranking = RankingConfig.load(ConfigFiles.packaged());
    var taxonomy = SearchFixtures.taxonomy();
    var served = new java.util.concurrent.atomic.AtomicReference<ServingCatalog>();
    var ops = new Ops(config, () -> served.get().size());
    SkillExtractor extractor = ops.guard(new SlowExtractor());
    served.set(SearchFixtures.serving(dir.resolve(name), extractor));
    var services = new ApiServices(served.get(), extractor, taxonomy, ranking, List.of());
    return new Server(ops, ApiServer.create(services, ops).start("127.0.0.1", 0), served.get());
  }

  @AfterAll
  static void stop() throws IOException {
    limited.stop();
    open.stop();
    limited.catalog().close();
    open.catalog().close();
  }

  static HttpRequest.Builder request(Server s, String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.app().port() + path));
  }

  static HttpResponse<String> get(Server s, String path) throws Exception {
    return HTTP.send(request(s, path).build(), HttpResponse.BodyHandlers.ofString());
  }

  static HttpRequest post(Server s, String path, String text) throws Exception {
    return request(s, path)
        .header("Content-Type", "application/json")
        .POST(
            HttpRequest.BodyPublishers.ofString(
                JSON.writeValueAsString(java.util.Map.of("text", text))))
        .build();
  }

  static void assertProblem(HttpResponse<String> r, int status, String title) throws Exception {
    assertThat(r.statusCode()).isEqualTo(status);
    assertThat(r.headers().firstValue("Content-Type"))
        .hasValueSatisfying(c -> assertThat(c).startsWith("application/problem+json"));
    JsonNode body = JSON.readTree(r.body());
    assertThat(body.get("status").asInt()).isEqualTo(status);
    assertThat(body.get("title").asText()).isEqualTo(title);
    assertThat(body.get("type").asText()).isNotBlank();
    assertThat(body.get("detail").asText()).isNotBlank();
    assertThat(body.get("requestId").asText())
        .isEqualTo(r.headers().firstValue("X-Request-Id").orElseThrow());
  }

  @Test
  void refusesAClientPastItsBurstWith429AndRetryAfterThenRecovers() throws Exception {
    String path = "/api/v1/skills/suggest?q=py";
    HttpResponse<String> last = null;
    for (int i = 0; i < 10 && (last == null || last.statusCode() == 200); i++) {
      last = get(limited, path);
    }
    assertProblem(last, 429, "Too many requests");
    assertThat(last.headers().firstValue("Retry-After")).hasValue("1");
    assertThat(get(limited, "/health").statusCode()).isEqualTo(200);
    assertThat(get(limited, "/metrics").statusCode()).isEqualTo(200);
    Thread.sleep(1_100);
    assertThat(get(limited, path).statusCode()).isEqualTo(200);
  }

  @Test
  void answersA503ProblemWhenTheAnalysisOutlivesTheDeadline() throws Exception {
    long start = System.nanoTime();
    var r =
        HTTP.send(
            post(open, "/api/v1/recommendations", "slow ad: SQL"),
            HttpResponse.BodyHandlers.ofString());
    assertProblem(r, 503, "Request timed out");
    assertThat(JSON.readTree(r.body()).get("detail").asText()).contains("1500 ms", "try again");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(4500));
  }

  @Test
  void answersBusyWhenTheInFlightCapIsReached() throws Exception {
    SLOW_STARTED.drainPermits();
    CompletableFuture<HttpResponse<String>> first =
        HTTP.sendAsync(
            post(open, "/api/v1/skills/extract", "slow text"),
            HttpResponse.BodyHandlers.ofString());
    assertThat(SLOW_STARTED.tryAcquire(5, TimeUnit.SECONDS)).isTrue();
    var second =
        HTTP.send(
            post(open, "/api/v1/skills/extract", "SQL"), HttpResponse.BodyHandlers.ofString());
    assertProblem(second, 503, "Server busy");
    assertThat(first.get(5, TimeUnit.SECONDS).statusCode()).isEqualTo(503);
    assertThat(
            HTTP.send(
                    post(open, "/api/v1/skills/extract", "SQL"),
                    HttpResponse.BodyHandlers.ofString())
                .statusCode())
        .isEqualTo(200);
  }

  @Test
  void exposesRequestLatencyErrorsIndexSizeAndExtractionTime() throws Exception {
    var ok =
        HTTP.send(
            post(open, "/api/v1/recommendations", "Data analyst: SQL, Tableau"),
            HttpResponse.BodyHandlers.ofString());
    assertThat(ok.statusCode()).isEqualTo(200);
    HTTP.send(
        post(open, "/api/v1/recommendations", "slow SQL"), HttpResponse.BodyHandlers.ofString());
    get(open, "/api/v1/credentials/no-such-id");
    var metrics = get(open, "/metrics");
    assertThat(metrics.statusCode()).isEqualTo(200);
    assertThat(metrics.body())
        .contains(
            "http_server_requests_seconds_bucket{method=\"POST\",route=\"/api/v1/recommendations\",status=\"200\"",
            "http_server_requests_seconds_count{method=\"GET\",route=\"/api/v1/credentials/{id}\",status=\"404\"} 1",
            "http_server_errors_total{route=\"/api/v1/recommendations\",status=\"503\"}",
            "credmatch_index_credentials " + (double) index.size(),
            "credmatch_extraction_seconds_count",
            "jvm_memory_used_bytes{area=\"heap\"");
  }
}
