package org.credmatch.api.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.credmatch.api.AdminKey;
import org.credmatch.api.AdminServices;
import org.credmatch.api.ApiServer;
import org.credmatch.api.ApiServices;
import org.credmatch.catalog.CredentialSkill;
import org.credmatch.catalog.SkillTagger;
import org.credmatch.index.ConfigFiles;
import org.credmatch.search.RankingConfig;
import org.credmatch.search.SearchFixtures;
import org.credmatch.search.ServingCatalog;
import org.credmatch.skills.SkillExtractor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdminApiTest {

  static final String KEY = "test-admin-key-0123456789";
  static final HttpClient HTTP = HttpClient.newHttpClient();
  static final ObjectMapper JSON = new ObjectMapper();
  static final OpenApiContract CONTRACT = new OpenApiContract();

  @TempDir Path dir;
  ServingCatalog catalog;
  Javalin app;

  @BeforeEach
  void start() throws Exception {
    app = start(AdminKey.of(KEY));
  }

  Javalin start(AdminKey key) throws Exception {
    SkillExtractor extractor = SearchFixtures.extractor();
    catalog = SearchFixtures.serving(dir, extractor);
    var admin = key == null ? AdminServices.OFF : new AdminServices(key, tagger(extractor));
    var services =
        new ApiServices(
            catalog,
            extractor,
            SearchFixtures.taxonomy(),
            RankingConfig.load(ConfigFiles.packaged()),
            List.of(),
            admin);
    return ApiServer.create(services).start("127.0.0.1", 0);
  }

  /** Declared tags stay unlinked; prose yields the fixture extractor's skills. */
  static SkillTagger tagger(SkillExtractor extractor) {
    return new SkillTagger() {
      @Override
      public List<CredentialSkill> link(List<String> tags) {
        return SkillTagger.unlinked().link(tags);
      }

      @Override
      public List<CredentialSkill> derive(String text) {
        return extractor.extract(text).skills().stream()
            .map(s -> new CredentialSkill(s.id(), s.label(), false))
            .toList();
      }
    };
  }

  @AfterEach
  void stop() {
    app.stop();
    catalog.close();
  }

  HttpResponse<String> send(String method, String path, String body, String key) throws Exception {
    var builder =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (key != null) {
      builder.header("Authorization", "Bearer " + key);
    }
    HttpResponse<String> response =
        HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    String template =
        path.replaceAll("\\?.*", "").replaceAll("^(/api/v1(/admin)?/credentials/)[^/]+$", "$1{id}");
    assertThat(CONTRACT.violations(method, template, response)).as(response.body()).isEmpty();
    return response;
  }

  static String record(String id, String title, String extra) {
    return "{\"id\":\""
        + id
        + "\",\"title\":\""
        + title
        + "\",\"provider\":\"Test U\",\"type\":\"course\",\"url\":\"https://example.org/"
        + id.replace(':', '-')
        + "\""
        + extra
        + "}";
  }

  @Test
  void refusesWithoutTheKeyOrWithAWrongOne() throws Exception {
    var none = send("DELETE", "/api/v1/admin/credentials/fx:excel-dash", null, null);
    assertThat(none.statusCode()).isEqualTo(401);
    assertThat(none.headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
    assertThat(none.body()).contains("Authorization: Bearer");
    var wrong = send("DELETE", "/api/v1/admin/credentials/fx:excel-dash", null, KEY + "x");
    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(catalog.size()).isEqualTo(SearchFixtures.catalog().size());
  }

  @Test
  void isOffWithoutAConfiguredKey() throws Exception {
    app.stop();
    catalog.close();
    dir = dir.resolve("off");
    app = start(null);
    var response = send("DELETE", "/api/v1/admin/credentials/fx:excel-dash", null, KEY);
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).contains("CREDMATCH_ADMIN_KEY");
  }

  @Test
  void putCreatesThenReplacesAndTheCredentialIsServedAtOnce() throws Exception {
    String id = "t:sql-now";
    var created =
        send(
            "PUT",
            "/api/v1/admin/credentials/" + id,
            record(id, "SQL Now", ",\"description\":\"Learn sql and excel.\""),
            KEY);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonNode body = JSON.readTree(created.body());
    assertThat(body.get("status").asText()).isEqualTo("created");
    assertThat(body.at("/credential/skills").findValuesAsText("id"))
        .containsExactlyInAnyOrder("skill:sql", "skill:excel");
    assertThat(body.toString()).doesNotContain("Learn sql");
    assertThat(send("GET", "/api/v1/credentials/" + id, null, null).body()).contains("SQL Now");

    var replaced = send("PUT", "/api/v1/admin/credentials/" + id, record(id, "SQL Later", ""), KEY);
    assertThat(replaced.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(replaced.body()).get("status").asText()).isEqualTo("updated");
    assertThat(send("GET", "/api/v1/credentials/" + id, null, null).body())
        .contains("SQL Later")
        .doesNotContain("SQL Now");
    assertThat(catalog.size()).isEqualTo(SearchFixtures.catalog().size() + 1);
  }

  @Test
  void putRefusesAnInvalidRecordOrAnIdThatDiffersFromThePath() throws Exception {
    var invalid = send("PUT", "/api/v1/admin/credentials/t:x", "{\"id\":\"t:x\"}", KEY);
    assertThat(invalid.statusCode()).isEqualTo(400);
    assertThat(invalid.body()).contains("title");
    var malformed = send("PUT", "/api/v1/admin/credentials/t:x", "{\"id\":", KEY);
    assertThat(malformed.statusCode()).isEqualTo(400);
    assertThat(malformed.body()).contains("malformed JSON");
    var other = send("PUT", "/api/v1/admin/credentials/t:x", record("t:y", "Y", ""), KEY);
    assertThat(other.statusCode()).isEqualTo(400);
    assertThat(other.body()).contains("'t:y'").contains("'t:x'");
    assertThat(catalog.size()).isEqualTo(SearchFixtures.catalog().size());
  }

  @Test
  void deleteRemovesOnceThenAnswersNotFound() throws Exception {
    var deleted = send("DELETE", "/api/v1/admin/credentials/fx:excel-dash", null, KEY);
    assertThat(deleted.statusCode()).isEqualTo(200);
    assertThat(send("GET", "/api/v1/credentials/fx:excel-dash", null, null).statusCode())
        .isEqualTo(404);
    var again = send("DELETE", "/api/v1/admin/credentials/fx:excel-dash", null, KEY);
    assertThat(again.statusCode()).isEqualTo(404);
    assertThat(catalog.size()).isEqualTo(SearchFixtures.catalog().size() - 1);
  }

  @Test
  void bulkImportCommitsInBatchesAndReportsBadLinesWithoutStopping() throws Exception {
    String lines =
        IntStream.rangeClosed(1, 7)
                .mapToObj(i -> record("t:bulk-" + i, "Bulk " + i, ""))
                .collect(Collectors.joining("\n"))
            + "\nnot json\n"
            + record("t:bulk-1", "Bulk again", "")
            + "\n"
            + "{\"id\":\"t:no-title\"}\n";
    var response = send("POST", "/api/v1/admin/credentials?batchSize=3", lines, KEY);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode report = JSON.readTree(response.body());
    assertThat(report.get("read").asInt()).isEqualTo(10);
    assertThat(report.get("imported").asInt()).isEqualTo(7);
    assertThat(report.get("created").asInt()).isEqualTo(7);
    assertThat(report.get("batches").asInt()).isEqualTo(3);
    assertThat(report.get("problems").findValuesAsText("kind"))
        .containsExactly("malformed", "duplicate", "invalid");
    assertThat(report.get("problems").findValuesAsText("line")).containsExactly("8", "9", "10");
    assertThat(report.get("credentials").asInt()).isEqualTo(SearchFixtures.catalog().size() + 7);

    var again = send("POST", "/api/v1/admin/credentials", lines, KEY);
    JsonNode second = JSON.readTree(again.body());
    assertThat(second.get("created").asInt()).isZero();
    assertThat(second.get("updated").asInt()).isEqualTo(7);
    assertThat(second.get("credentials").asInt()).isEqualTo(SearchFixtures.catalog().size() + 7);
  }

  @Test
  void bulkImportRefusesABadBatchSizeAndAnEmptyBody() throws Exception {
    var zero = send("POST", "/api/v1/admin/credentials?batchSize=0", record("t:a", "A", ""), KEY);
    assertThat(zero.statusCode()).isEqualTo(400);
    assertThat(zero.body()).contains("batchSize");
    var empty = send("POST", "/api/v1/admin/credentials", "\n\n", KEY);
    assertThat(empty.statusCode()).isEqualTo(400);
    assertThat(empty.body()).contains("empty");
  }
}
