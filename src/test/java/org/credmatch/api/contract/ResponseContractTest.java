package org.credmatch.api.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResponseContractTest {

  static final String RECOMMEND = "/api/v1/recommendations";
  static final String EXTRACT = "/api/v1/skills/extract";
  static final String CREDENTIAL = "/api/v1/credentials/{id}";
  static final String SEARCH = "/api/v1/credentials";
  static final String SUGGEST = "/api/v1/skills/suggest";

  @TempDir static Path dir;
  static ContractServer server;
  static final OpenApiContract CONTRACT = new OpenApiContract();

  @BeforeAll
  static void start() throws Exception {
    server = ContractServer.start(dir);
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  static void honours(String method, String path, HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(CONTRACT.violations(method, path, response)).as(response.body()).isEmpty();
  }

  @Test
  void healthAndReadinessMatchTheirSchemas() throws Exception {
    honours("GET", "/health", server.get("/health"), 200);
    honours("GET", "/ready", server.get("/ready"), 200);
  }

  @Test
  void recommendationWithResumeFiltersAndStackMatchesItsSchema() throws Exception {
    String body =
        """
        {"text": "Senior data analyst: SQL required, Tableau preferred, 3+ years of Python.",
         "resume": "I use Excel and SQL daily.", "limit": 5, "offset": 0,
         "filters": {"maxCost": 1000, "level": ["beginner", "intermediate", "advanced"]},
         "stack": {"maxHours": 500, "delivery": "online"}}
        """;
    honours("POST", RECOMMEND, server.post(RECOMMEND, body), 200);
    honours("POST", RECOMMEND, server.post(RECOMMEND, "{\"text\": \"zzz qqq\"}"), 200);
  }

  @Test
  void extractionMatchesItsSchema() throws Exception {
    String body = "{\"text\": \"We need SQL and Tableau; Python is a plus.\"}";
    honours("POST", EXTRACT, server.post(EXTRACT, body), 200);
  }

  @Test
  void everyFixtureCredentialMatchesTheCredentialSchema() throws Exception {
    for (String id : new String[] {"fx:tableau", "fx:analyst-cert", "fx:watercolour"}) {
      honours("GET", CREDENTIAL, server.get("/api/v1/credentials/" + id), 200);
    }
    honours("GET", CREDENTIAL, server.get("/api/v1/credentials/nope"), 404);
  }

  @Test
  void advisorSearchAndSuggestionsMatchTheirSchemas() throws Exception {
    honours("GET", SEARCH, server.get(SEARCH + "?skills=skill:sql,excel&free=false&limit=50"), 200);
    honours("GET", SEARCH, server.get(SEARCH + "?q=watercolour&offset=1"), 200);
    honours("GET", SUGGEST, server.get(SUGGEST + "?q=ta&limit=5"), 200);
  }

  @Test
  void refusalsAreDocumentedProblems() throws Exception {
    honours("POST", RECOMMEND, server.post(RECOMMEND, "{\"text\": "), 400);
    honours("POST", RECOMMEND, server.post(RECOMMEND, "{\"txt\": \"SQL\"}"), 400);
    honours("POST", EXTRACT, server.post(EXTRACT, "{\"text\": \"\"}"), 400);
    String big = "{\"text\": \"" + "a ".repeat(60_000) + "\"}";
    honours("POST", EXTRACT, server.post(EXTRACT, big), 413);
    honours("GET", SEARCH, server.get(SEARCH), 400);
    honours("GET", SEARCH, server.get(SEARCH + "?skills=skill:sql&limit=0"), 400);
    honours("GET", SUGGEST, server.get(SUGGEST + "?limit=5"), 400);
  }

  @Test
  void checkerRejectsBodiesThatBreakTheSchemas() {
    assertThat(CONTRACT.validate(CONTRACT.component("Extraction"), "{\"skills\": []}"))
        .isNotEmpty();
    assertThat(
            CONTRACT.validate(
                CONTRACT.component("Credential"),
                "{\"id\":\"x\",\"skills\":[],\"duration\":{},\"cost\":{\"free\":true},"
                    + "\"delivery\":{},\"undocumented\":1}"))
        .isNotEmpty();
    assertThat(
            CONTRACT.validate(
                CONTRACT.component("Credential"),
                "{\"id\":\"x\",\"skills\":[],\"duration\":{},\"cost\":{\"free\":true},"
                    + "\"delivery\":{}}"))
        .isEmpty();
    assertThat(CONTRACT.validate(CONTRACT.component("Problem"), "not json")).isNotEmpty();
  }
}
