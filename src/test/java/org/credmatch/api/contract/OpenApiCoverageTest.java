package org.credmatch.api.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpenApiCoverageTest {

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

  /** The HTTP routes the running app answers, as "METHOD /path" with OpenAPI path templates. */
  static Set<String> routes() {
    var out = new TreeSet<String>();
    for (var parsed : server.app().unsafe.internalRouter.allHttpHandlers()) {
      var endpoint = parsed.endpoint;
      if (endpoint.method.isHttpMethod()) {
        out.add(OpenApiContract.opKey(endpoint.method.name(), template(endpoint.path)));
      }
    }
    return out;
  }

  /** Javalin writes path parameters as {id} or <id>; OpenAPI as {id}. */
  static String template(String javalinPath) {
    return javalinPath.replaceAll("<([^>]+)>", "{$1}");
  }

  @Test
  void everyRouteIsDocumentedAndEveryDocumentedPathIsARoute() {
    assertThat(routes()).isNotEmpty().containsExactlyElementsOf(CONTRACT.operations());
  }

  @Test
  void documentIsOpenApi31WithResponsesAndOperationIdsEverywhere() {
    JsonNode doc = CONTRACT.document();
    assertThat(doc.get("openapi").asText()).startsWith("3.1.");
    var ids = new TreeSet<String>();
    doc.get("paths")
        .forEach(
            item ->
                item.forEach(
                    op -> {
                      assertThat(op.get("responses")).isNotEmpty();
                      assertThat(ids.add(op.get("operationId").asText())).isTrue();
                    }));
    assertThat(ids).hasSize(CONTRACT.operations().size());
  }

  @Test
  void everyReferenceResolves() {
    String text = CONTRACT.document().toString();
    Matcher refs = Pattern.compile("\"\\$ref\":\"#(/[^\"]+)\"").matcher(text);
    int count = 0;
    while (refs.find()) {
      count++;
      assertThat(CONTRACT.document().at(refs.group(1)).isMissingNode())
          .as("reference #%s", refs.group(1))
          .isFalse();
    }
    assertThat(count).isGreaterThan(20);
  }

  @Test
  void servesTheCommittedDocumentAsIs() throws Exception {
    var response = server.get("/openapi.json");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
    assertThat(new ObjectMapper().readTree(response.body())).isEqualTo(CONTRACT.document());
  }

  @Test
  void servesASelfHostedDocsPageThatLoadsTheDocument() throws Exception {
    var response = server.get("/docs");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("text/html"));
    assertThat(response.body())
        .contains("fetch(\"/openapi.json\")")
        .doesNotContain("http://")
        .doesNotContain("https://");
  }
}
