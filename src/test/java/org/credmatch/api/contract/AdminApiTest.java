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
import org.credmatch.skills.CuratedExtractor;
import org.credmatch.skills.Curation;
import org.credmatch.skills.ExtractionConfig;
import org.credmatch.skills.SkillExtractor;
import org.credmatch.skills.SkillExtractors;
import org.credmatch.taxonomy.Taxonomy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdminApiTest {

  static final String KEY = "test-admin-key-0123456789";
  static final HttpClient HTTP = HttpClient.newHttpClient();
  static final ObjectMapper JSON = new ObjectMapper();
  static final OpenApiContract CONTRACT = new OpenApiContract();

  /** The extractor the curation routes edit: the shipped taxonomy, no span model. */
  static CuratedExtractor curated;

  @TempDir Path dir;
  ServingCatalog catalog;
  Javalin app;

  @BeforeAll
  static void loadExtractor() {
    curated =
        SkillExtractors.create(
            Taxonomy.loadDefault(), ExtractionConfig.loadDefault(), null, Curation.EMPTY);
  }

  @BeforeEach
  void start() throws Exception {
    curated.apply(Curation.EMPTY);
    app = start(AdminKey.of(KEY));
  }

  Javalin start(AdminKey key) throws Exception {
    SkillExtractor extractor = SearchFixtures.extractor();
    catalog = SearchFixtures.serving(dir, extractor);
    var admin =
        key == null
            ? AdminServices.OFF
            : new AdminServices(key, tagger(extractor), curated, dir.resolve("curation"));
    var services =
        new ApiServices(
            catalog,
            curated,
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

  static java.util.List<String> skillLabels(HttpResponse<String> extraction) throws Exception {
    return JSON.readTree(extraction.body()).get("skills").findValuesAsText("label");
  }

  @Test
  void curationEditsApplyToTheNextExtractionAndAreSavedToFiles() throws Exception {
    String ad = "{\"text\": \"Requirements: Python and SQL. You are a team player.\"}";
    assertThat(skillLabels(send("POST", "/api/v1/skills/extract", ad, null)))
        .anyMatch(l -> l.startsWith("Python"))
        .noneMatch(l -> l.equals("Kubernetes"));
    String edit =
        "{\"deny\": [\"python\"], \"synonyms\": [],"
            + " \"forced\": [{\"phrase\": \"team player\", \"target\": \"Kubernetes\"}]}";
    var put = send("PUT", "/api/v1/admin/curation", edit, KEY);
    assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
    assertThat(JSON.readTree(put.body()).get("deny").get(0).asText()).isEqualTo("python");

    var after = send("POST", "/api/v1/skills/extract", ad, null);
    assertThat(skillLabels(after))
        .noneMatch(l -> l.startsWith("Python"))
        .contains("SQL", "Kubernetes");
    assertThat(JSON.readTree(after.body()).toString()).contains("team player");
    assertThat(java.nio.file.Files.readString(dir.resolve("curation/deny.txt")))
        .contains("\npython\n");
    assertThat(java.nio.file.Files.readString(dir.resolve("curation/forced.tsv")))
        .contains("team player\tKubernetes");
    assertThat(send("GET", "/api/v1/admin/curation", null, KEY).body())
        .contains("\"phrase\":\"team player\"");
  }

  @Test
  void anInvalidCurationIsRefusedWithEveryProblemAndNothingChanges() throws Exception {
    String ok = "{\"deny\": [\"team player\"]}";
    assertThat(send("PUT", "/api/v1/admin/curation", ok, KEY).statusCode()).isEqualTo(200);
    String bad =
        "{\"deny\": [\"\"], \"forced\": [{\"phrase\": \"k8s\", \"target\":"
            + " \"no such skill at all\"}]}";
    var refused = send("PUT", "/api/v1/admin/curation", bad, KEY);
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("k8s").contains("no such skill at all");
    assertThat(curated.current().deny()).containsExactly("team player");
    var unknown = send("PUT", "/api/v1/admin/curation", "{\"denied\": []}", KEY);
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(unknown.body()).contains("denied");
    assertThat(send("GET", "/api/v1/admin/curation", null, null).statusCode()).isEqualTo(401);
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
