package org.credmatch.api;

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
import java.util.List;
import org.credmatch.index.ConfigFiles;
import org.credmatch.search.RankingConfig;
import org.credmatch.search.SearchFixtures;
import org.credmatch.search.ServingCatalog;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiServerTest {

  @TempDir static Path dir;
  static ServingCatalog index;
  static Javalin app;
  static final HttpClient HTTP = HttpClient.newHttpClient();
  static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void start() throws IOException {
    var ranking = RankingConfig.load(ConfigFiles.packaged());
    var extractor = SearchFixtures.extractor();
    var taxonomy = SearchFixtures.taxonomy();
    index = SearchFixtures.serving(dir, extractor);
    var services = new ApiServices(index, extractor, taxonomy, ranking, List.of());
    app = ApiServer.create(services).start("127.0.0.1", 0);
  }

  @AfterAll
  static void stop() throws IOException {
    app.stop();
    index.close();
  }

  static HttpResponse<String> post(String path, String body) throws Exception {
    var request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
  }

  static HttpResponse<String> get(String path) throws Exception {
    var request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).build();
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void recommendsProgramsForAJobAd() throws Exception {
    var response =
        post(
            "/api/v1/recommendations",
            "{\"text\": \"Data analyst: SQL, Excel, Tableau, Python\", \"limit\": 3}");
    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode body = JSON.readTree(response.body());
    assertThat(body.get("results")).hasSize(3);
    assertThat(body.get("results").get(0).get("id").asText()).isEqualTo("fx:analyst-cert");
    assertThat(body.get("results").get(0).get("title").asText()).isNotBlank();
    assertThat(body.get("skills").get(0).get("mentions").get(0).get("start").isInt()).isTrue();
    assertThat(body.get("stack").get("credentialIds")).isNotEmpty();
    assertThat(response.headers().firstValue("X-Request-Id")).isPresent();
  }

  @Test
  void getsOneCredentialById() throws Exception {
    var response = get("/api/v1/credentials/fx:tableau");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(response.body()).get("title").asText())
        .isEqualTo("Data Visualization with Tableau");
  }

  @Test
  void unknownCredentialIsA404Problem() throws Exception {
    var response = get("/api/v1/credentials/nope");
    assertProblem(response, 404, "nope");
  }

  @Test
  void rejectsEmptyPosting() throws Exception {
    assertProblem(
        post("/api/v1/recommendations", "{\"text\": \"   \"}"), 400, "'text' is required");
  }

  @Test
  void rejectsMalformedJson() throws Exception {
    assertProblem(post("/api/v1/recommendations", "{\"text\": "), 400, "not valid JSON");
  }

  @Test
  void rejectsWrongTypeNamingTheField() throws Exception {
    assertProblem(
        post("/api/v1/recommendations", "{\"text\": \"SQL\", \"limit\": \"ten\"}"), 400, "'limit'");
  }

  @Test
  void rejectsNegativeLimit() throws Exception {
    assertProblem(
        post("/api/v1/recommendations", "{\"text\": \"SQL\", \"limit\": -1}"),
        400,
        "'limit' must be between");
  }

  @Test
  void rejectsUnknownFilterValueNamingTheField() throws Exception {
    var response =
        post(
            "/api/v1/recommendations", "{\"text\": \"SQL\", \"filters\": {\"level\": [\"guru\"]}}");
    assertProblem(response, 400, "'filters.level' has unknown value 'guru'");
  }

  @Test
  void rejectsUnknownField() throws Exception {
    assertProblem(
        post("/api/v1/recommendations", "{\"txt\": \"SQL\"}"), 400, "unknown field 'txt'");
  }

  @Test
  void rejectsTooLargeTextWith413NamingTheLimit() throws Exception {
    String big = "a".repeat(100_001);
    assertProblem(post("/api/v1/recommendations", "{\"text\": \"" + big + "\"}"), 413, "100000");
  }

  @Test
  void unknownRouteIsA404Problem() throws Exception {
    assertProblem(get("/api/v1/nothing-here"), 404, "no such endpoint");
  }

  @Test
  void extractsSkills() throws Exception {
    var response = post("/api/v1/skills/extract", "{\"text\": \"We need SQL.\"}");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(response.body()).get("skills").get(0).get("id").asText())
        .isEqualTo("skill:sql");
  }

  @Test
  void reportsHealthAndReadiness() throws Exception {
    assertThat(get("/health").body()).contains("ok");
    assertThat(JSON.readTree(get("/ready").body()).get("credentials").asInt()).isEqualTo(11);
  }

  @Test
  void searchesCredentialsBySkillsAndFilters() throws Exception {
    var response = get("/api/v1/credentials?skills=skill:tableau,skill:sql&free=false&limit=3");
    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode results = JSON.readTree(response.body()).get("results");
    assertThat(results.get(0).get("id").asText()).isEqualTo("fx:analyst-cert");
    var free =
        JSON.readTree(get("/api/v1/credentials?skills=excel&free=true").body()).get("results");
    assertThat(free)
        .isNotEmpty()
        .allSatisfy(r -> assertThat(r.get("cost").get("free").asBoolean()).isTrue());
  }

  @Test
  void searchesCredentialsByWordsAlone() throws Exception {
    var results = JSON.readTree(get("/api/v1/credentials?q=watercolour").body()).get("results");
    assertThat(results.get(0).get("id").asText()).isEqualTo("fx:watercolour");
  }

  @Test
  void refusesCredentialSearchWithUnknownSkillOrBadNumber() throws Exception {
    assertProblem(get("/api/v1/credentials?skills=skill:nope"), 400, "unknown skill 'skill:nope'");
    assertProblem(
        get("/api/v1/credentials?skills=skill:sql&maxCost=cheap"),
        400,
        "'maxCost' must be a number");
    assertProblem(get("/api/v1/credentials"), 400, "give 'skills'");
  }

  @Test
  void suggestsSkillsByPrefix() throws Exception {
    JsonNode s = JSON.readTree(get("/api/v1/skills/suggest?q=tab").body()).get("suggestions");
    assertThat(s.get(0).get("id").asText()).isEqualTo("skill:tableau");
    assertThat(s.get(0).get("programs").asInt()).isEqualTo(2);
    assertProblem(get("/api/v1/skills/suggest"), 400, "'q' is required");
  }

  private static void assertProblem(HttpResponse<String> response, int status, String detailPart)
      throws Exception {
    assertThat(response.statusCode()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
    JsonNode body = JSON.readTree(response.body());
    assertThat(body.get("status").asInt()).isEqualTo(status);
    assertThat(body.get("title").asText()).isNotBlank();
    assertThat(body.get("type").asText()).startsWith("urn:credmatch:problem:");
    assertThat(body.get("detail").asText()).contains(detailPart);
  }
}
