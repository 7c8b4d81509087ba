package org.credmatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real server process with SIGKILL in the middle of a bulk import, restarts it on the same
 * data folder, and checks that the index opens holding exactly the batches committed before the
 * kill, and that re-sending the import completes it.
 */
class CrashDuringImportTest {

  static final String KEY = "crash-test-admin-key-0123456789";
  static final int RECORDS = 6000;
  static final int BATCH = 100;
  static final Pattern SERVING = Pattern.compile("serving ([\\d,]+) credentials at (http://\\S+/)");
  static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  Process server;

  /** A running server process and what it printed on start. */
  record Started(Process process, int credentials, String base) {}

  Started start() throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    var builder =
        new ProcessBuilder(
            java.toString(),
            "-Xmx1g",
            "-cp",
            System.getProperty("java.class.path"),
            CredMatchCommand.class.getName(),
            "serve",
            "--port",
            "0",
            "--rate-limit",
            "0",
            "--data-dir",
            dir.resolve("data").toString(),
            "--catalog",
            catalogFile().toString());
    builder.environment().put("CREDMATCH_ADMIN_KEY", KEY);
    builder.redirectError(dir.resolve("server.log").toFile());
    server = builder.start();
    var out =
        new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
    Matcher m = null;
    for (String line = out.readLine(); line != null; line = out.readLine()) {
      m = SERVING.matcher(line);
      if (m.find()) {
        break;
      }
      m = null;
    }
    assertThat(m).as("server start; log: %s", log()).isNotNull();
    return new Started(server, Integer.parseInt(m.group(1).replace(",", "")), m.group(2));
  }

  Path catalogFile() throws IOException {
    Path file = dir.resolve("catalog.jsonl");
    if (!Files.exists(file)) {
      try (var in = getClass().getResourceAsStream("/fixtures/catalog.jsonl")) {
        Files.copy(in, file);
      }
    }
    return file;
  }

  String log() {
    try {
      return Files.readString(dir.resolve("server.log"));
    } catch (IOException e) {
      return "(no log)";
    }
  }

  @AfterEach
  void stop() throws InterruptedException {
    if (server != null && server.isAlive()) {
      server.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
  }

  static String id(int i) {
    return String.format("crash:r%05d", i);
  }

  static String records() {
    return IntStream.range(0, RECORDS)
        .mapToObj(
            i ->
                "{\"id\":\""
                    + id(i)
                    + "\",\"title\":\"Record "
                    + i
                    + "\",\"provider\":\"Crash U\",\"type\":\"course\",\"url\":\"https://example.org/"
                    + i
                    + "\",\"skills\":[{\"id\":\"skill:sql\",\"label\":\"sql\",\"declared\":true}]}")
        .collect(Collectors.joining("\n"));
  }

  static HttpResponse<String> importAll(String base, String body) throws Exception {
    var request =
        HttpRequest.newBuilder(URI.create(base + "api/v1/admin/credentials?batchSize=" + BATCH))
            .header("Authorization", "Bearer " + KEY)
            .header("Content-Type", "application/x-ndjson")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
  }

  static int ready(String base) throws Exception {
    var response =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(base + "ready")).build(),
            HttpResponse.BodyHandlers.ofString());
    return JSON.readTree(response.body()).get("credentials").asInt();
  }

  static int status(String base, String id) throws Exception {
    return HTTP.send(
            HttpRequest.newBuilder(URI.create(base + "api/v1/credentials/" + id)).build(),
            HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  @Test
  void sigkillDuringABulkImportLeavesTheLastCommittedBatchAndReRunningCompletesIt()
      throws Exception {
    Started first = start();
    int base = first.credentials();
    String body = records();
    CompletableFuture<HttpResponse<String>> running =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return importAll(first.base(), body);
              } catch (Exception e) {
                return null;
              }
            });
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (ready(first.base()) < base + 2 * BATCH && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(ready(first.base())).as("two batches landed; log: %s", log()).isGreaterThan(base);
    first.process().destroyForcibly(); // SIGKILL on Unix
    assertThat(first.process().waitFor(10, TimeUnit.SECONDS)).isTrue();
    running.handle((r, e) -> null).get(10, TimeUnit.SECONDS);

    Started second = start();
    int landed = second.credentials() - base;
    assertThat(landed).as("whole batches only").isPositive().isLessThan(RECORDS);
    assertThat(landed % BATCH).as("whole batches only").isZero();
    assertThat(status(second.base(), id(landed - 1))).isEqualTo(200);
    assertThat(status(second.base(), id(landed))).isEqualTo(404);
    try (Stream<Path> gens = Files.list(dir.resolve("data/index"))) {
      List<String> names = gens.map(p -> p.getFileName().toString()).sorted().toList();
      assertThat(names.stream().filter(n -> n.startsWith("gen-"))).hasSize(1);
    }

    HttpResponse<String> rerun = importAll(second.base(), body);
    assertThat(rerun.statusCode()).as(rerun.body()).isEqualTo(200);
    JsonNode report = JSON.readTree(rerun.body());
    assertThat(report.get("updated").asInt()).isEqualTo(landed);
    assertThat(report.get("created").asInt()).isEqualTo(RECORDS - landed);
    assertThat(report.get("problems")).isEmpty();
    assertThat(ready(second.base())).isEqualTo(base + RECORDS);
    assertThat(status(second.base(), id(RECORDS - 1))).isEqualTo(200);
  }
}
