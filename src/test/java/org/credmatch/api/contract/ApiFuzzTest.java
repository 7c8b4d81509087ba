package org.credmatch.api.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Generated requests against the running API: whatever is sent, the answer is never a 500 and
 * always validates against the OpenAPI document (status, content type and schema).
 */
class ApiFuzzTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final OpenApiContract CONTRACT = new OpenApiContract();
  private static Path dir;
  private static ContractServer server;

  @BeforeContainer
  static void start() throws Exception {
    dir = Files.createTempDirectory("credmatch-api-fuzz");
    server = ContractServer.start(dir);
  }

  @AfterContainer
  static void stop() throws Exception {
    server.close();
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  static void honoursContract(String method, String path, HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isLessThan(500);
    assertThat(CONTRACT.violations(method, path, response)).as(response.body()).isEmpty();
  }

  @Property(tries = 150)
  void anyBodyToAPostEndpointHonoursTheContract(
      @ForAll("postPaths") String path, @ForAll @StringLength(max = 300) String body)
      throws Exception {
    honoursContract("POST", path, server.post(path, body));
  }

  @Property(tries = 200)
  void generatedRecommendationRequestsHonourTheContract(@ForAll("recommendationBodies") String body)
      throws Exception {
    String path = "/api/v1/recommendations";
    honoursContract("POST", path, server.post(path, body));
  }

  @Property(tries = 150)
  void generatedSearchQueriesHonourTheContract(@ForAll("searchQueries") String query)
      throws Exception {
    honoursContract("GET", "/api/v1/credentials", server.get("/api/v1/credentials?" + query));
  }

  @Property(tries = 100)
  void anySuggestionPrefixHonoursTheContract(@ForAll @StringLength(min = 1, max = 80) String q)
      throws Exception {
    String encoded = URLEncoder.encode(q, StandardCharsets.UTF_8);
    honoursContract(
        "GET", "/api/v1/skills/suggest", server.get("/api/v1/skills/suggest?q=" + encoded));
  }

  /**
   * Ids as one path segment. Jetty itself refuses ambiguous segments (encoded '/', '\\', '..',
   * control characters) with a plain 400 before the app; {@link HostileInputTest} pins that.
   */
  @Property(tries = 100)
  void anyCredentialIdHonoursTheContract(@ForAll("credentialIds") String id) throws Exception {
    String encoded = URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    honoursContract(
        "GET", "/api/v1/credentials/{id}", server.get("/api/v1/credentials/" + encoded));
  }

  @Provide
  Arbitrary<String> credentialIds() {
    return Arbitraries.strings()
        .alpha()
        .numeric()
        .withChars(":-_ éü😀")
        .withCharRange('\u4e00', '\u4e20')
        .ofMinLength(1)
        .ofMaxLength(60);
  }

  @Provide
  Arbitrary<String> postPaths() {
    return Arbitraries.of("/api/v1/recommendations", "/api/v1/skills/extract");
  }

  /** Well-formed JSON objects mixing valid and invalid field values. */
  @Provide
  Arbitrary<String> recommendationBodies() {
    Arbitrary<Object> anyValue =
        Arbitraries.oneOf(
            Arbitraries.strings().ofMaxLength(40).map(s -> (Object) s),
            Arbitraries.integers().between(-5, 200).map(i -> (Object) i),
            Arbitraries.doubles().between(-10, 5000).map(d -> (Object) d),
            Arbitraries.of(true, false).map(b -> (Object) b),
            Arbitraries.of(WORDS).list().ofMaxSize(3).map(l -> (Object) l));
    Arbitrary<String> text =
        Arbitraries.of(WORDS).list().ofMaxSize(30).map(w -> String.join(" ", w));
    Arbitrary<String> field = Arbitraries.of(FIELDS);
    return Combinators.combine(text, field.list().ofMaxSize(4), anyValue.list().ofSize(4))
        .as(ApiFuzzTest::body);
  }

  private static String body(String text, List<String> fields, List<Object> values) {
    ObjectNode node = JSON.createObjectNode().put("text", text);
    for (int i = 0; i < fields.size(); i++) {
      String[] parts = fields.get(i).split("\\.");
      ObjectNode parent = parts.length == 1 ? node : node.withObjectProperty(parts[0]);
      parent.set(parts[parts.length - 1], JSON.valueToTree(values.get(i)));
    }
    return node.toString();
  }

  @Provide
  Arbitrary<String> searchQueries() {
    Arbitrary<String> value =
        Arbitraries.oneOf(
            Arbitraries.of(WORDS),
            Arbitraries.strings().ofMaxLength(20),
            Arbitraries.integers().between(-3, 300).map(String::valueOf));
    Arbitrary<String> pair =
        Combinators.combine(Arbitraries.of(PARAMS), value)
            .as((k, v) -> k + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8));
    return pair.list().ofMinSize(1).ofMaxSize(5).map(p -> String.join("&", p));
  }

  private static final List<String> WORDS =
      List.of(
          "SQL",
          "Excel",
          "Tableau",
          "Python",
          "watercolour",
          "skill:sql",
          "skill:tableau",
          "online",
          "beginner",
          "course",
          "en",
          "senior",
          "",
          " ",
          "ünïcödé",
          "😀",
          "<b>");
  private static final List<String> FIELDS =
      List.of(
          "limit",
          "offset",
          "resume",
          "filters.maxCost",
          "filters.free",
          "filters.level",
          "filters.delivery",
          "filters.type",
          "filters.provider",
          "filters.language",
          "filters.maxHours",
          "stack.maxHours",
          "stack.maxCost",
          "stack.delivery",
          "stack.freeOnly",
          "unknown");
  private static final List<String> PARAMS =
      List.of(
          "skills",
          "q",
          "limit",
          "offset",
          "maxCost",
          "free",
          "maxHours",
          "delivery",
          "level",
          "provider",
          "type",
          "language",
          "other");
}
