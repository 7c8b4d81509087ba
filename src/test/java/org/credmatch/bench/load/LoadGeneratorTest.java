package org.credmatch.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.credmatch.api.ApiServer;
import org.credmatch.api.ApiServices;
import org.credmatch.api.ops.Ops;
import org.credmatch.api.ops.OpsConfig;
import org.credmatch.index.ConfigFiles;
import org.credmatch.search.RankingConfig;
import org.credmatch.search.SearchFixtures;
import org.credmatch.search.ServingCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoadGeneratorTest {

  @TempDir Path dir;

  static String committedAds() throws IOException {
    try (InputStream in = LoadGenerator.class.getResourceAsStream(LoadGenerator.ADS_RESOURCE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void readsTheCommittedAdsWithoutComments() throws IOException {
    List<String> ads = LoadGenerator.parseAds(committedAds());
    assertThat(ads)
        .hasSize(8)
        .allSatisfy(ad -> assertThat(ad).doesNotStartWith("#").hasSizeGreaterThan(200));
    assertThat(ads.getFirst()).startsWith("Junior Data Analyst");
  }

  @Test
  void sumsHeapPoolsFromAPrometheusScrape() {
    String scrape =
        """
        jvm_memory_used_bytes{area="heap",id="G1 Eden Space"} 1.0E6
        jvm_memory_used_bytes{area="heap",id="G1 Old Gen"} 2000000.0
        jvm_memory_used_bytes{area="nonheap",id="Metaspace"} 5.0E7
        """;
    assertThat(LoadGenerator.heapUsed(scrape)).isEqualTo(3_000_000.0);
    assertThat(LoadGenerator.heapUsed("up 1")).isEqualTo(-1);
  }

  @Test
  void reportsNearestRankPercentiles() {
    double[] ms = new double[100];
    for (int i = 0; i < 100; i++) {
      ms[i] = 100 - i;
    }
    var report = new LoadReport(100, 100, java.util.Map.of(), 10, ms, 1, 1);
    assertThat(report.percentile(50)).isEqualTo(50);
    assertThat(report.percentile(99)).isEqualTo(99);
    assertThat(report.percentile(100)).isEqualTo(100);
  }

  /** A fixture server guarded by {@code config}; closing stops it. */
  record Server(Javalin app, Ops ops, ServingCatalog catalog) implements AutoCloseable {
    static Server start(Path dir, OpsConfig config) throws Exception {
      var served = new java.util.concurrent.atomic.AtomicReference<ServingCatalog>();
      var ops = new Ops(config, () -> served.get().size());
      var extractor = ops.guard(SearchFixtures.extractor());
      served.set(SearchFixtures.serving(dir, extractor));
      var services =
          new ApiServices(
              served.get(),
              extractor,
              SearchFixtures.taxonomy(),
              RankingConfig.load(ConfigFiles.packaged()),
              List.of());
      return new Server(ApiServer.create(services, ops).start("127.0.0.1", 0), ops, served.get());
    }

    @Override
    public void close() {
      app.stop();
      ops.close();
      catalog.close();
    }
  }

  @Test
  void sendsTheBoundedLoadAndCountsAnswers() throws Exception {
    try (var server = Server.start(dir, new OpsConfig(5, 5, Duration.ofSeconds(5), 16, 64, 32))) {
      var settings = new LoadGenerator.Settings(server.app().port(), 20, Duration.ofSeconds(1), 12);
      LoadReport report = new LoadGenerator(settings, LoadGenerator.parseAds(committedAds())).run();
      assertThat(report.sent()).isEqualTo(12);
      assertThat(report.ok() + report.errorCount()).isEqualTo(12);
      assertThat(report.errors()).containsKey("HTTP 429");
      assertThat(report.percentile(50)).isPositive();
      assertThat(report.heapBytesAtEnd()).isPositive();
    }
  }

  @Test
  void closedLoopKeepsEveryClientBusyAndCountsEachAnswer() throws Exception {
    try (var server = Server.start(dir, new OpsConfig(0, 1, Duration.ofSeconds(5), 16, 64, 32))) {
      var loop = new ClosedLoop(server.app().port(), LoadGenerator.committedAds());
      LoadReport report = loop.run(3, Duration.ofMillis(800));
      assertThat(report.sent()).isGreaterThanOrEqualTo(3);
      assertThat(report.errors()).isEmpty();
      assertThat(report.ok()).isEqualTo(report.sent());
      assertThat(report.latenciesMillis()).hasSize(report.sent());
      assertThat(report.heapBytesAtEnd()).isPositive();
    }
  }
}
