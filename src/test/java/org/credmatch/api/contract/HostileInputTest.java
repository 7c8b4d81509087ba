package org.credmatch.api.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input never gives a 500: each answer is a documented success or a documented problem. */
class HostileInputTest {

  static final String RECOMMEND = "/api/v1/recommendations";
  static final String EXTRACT = "/api/v1/skills/extract";
  static final String SEARCH = "/api/v1/credentials";

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

  static void answersWithin(
      String method, String path, HttpResponse<String> response, int... statuses) {
    assertThat(response.statusCode()).as(response.body()).isIn(box(statuses));
    assertThat(CONTRACT.violations(method, path, response)).as(response.body()).isEmpty();
  }

  private static Object[] box(int[] statuses) {
    return IntStream.of(statuses).boxed().toArray();
  }

  @Test
  void invalidUtf8BodyIsRefusedOrReadNever500() throws Exception {
    byte[] prefix = "{\"text\": \"SQL ".getBytes(StandardCharsets.UTF_8);
    byte[] bad = {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFE, (byte) 0xED, (byte) 0xA0};
    byte[] suffix = " Excel\"}".getBytes(StandardCharsets.UTF_8);
    byte[] body = new byte[prefix.length + bad.length + suffix.length];
    System.arraycopy(prefix, 0, body, 0, prefix.length);
    System.arraycopy(bad, 0, body, prefix.length, bad.length);
    System.arraycopy(suffix, 0, body, prefix.length + bad.length, suffix.length);
    answersWithin("POST", RECOMMEND, server.post(RECOMMEND, body), 200);
    var extracted = server.post(EXTRACT, body);
    answersWithin("POST", EXTRACT, extracted, 200);
    assertThat(extracted.body()).contains("skill:sql").contains("skill:excel");
  }

  @Test
  void aRouteCalledWithTheWrongMethodIsAProblemNot500() throws Exception {
    var response = server.post("/health", "{}");
    assertThat(response.statusCode()).isIn(404, 405);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
  }

  @Test
  void binaryGarbageIsA400Problem() throws Exception {
    byte[] garbage = new byte[4096];
    new Random(42).nextBytes(garbage);
    answersWithin("POST", RECOMMEND, server.post(RECOMMEND, garbage), 400);
    answersWithin("POST", EXTRACT, server.post(EXTRACT, garbage), 400);
    garbage[0] = '{';
    answersWithin("POST", EXTRACT, server.post(EXTRACT, garbage), 400);
  }

  @Test
  void deeplyNestedJsonIsA400Problem() throws Exception {
    String deep = "[".repeat(100_000) + "]".repeat(100_000);
    answersWithin("POST", RECOMMEND, server.post(RECOMMEND, deep), 400);
    String deepField = "{\"text\": \"SQL\", \"filters\": " + "{\"a\":".repeat(5_000) + "1";
    deepField += "}".repeat(5_000) + "}";
    answersWithin("POST", RECOMMEND, server.post(RECOMMEND, deepField), 400);
    String deepText = "{\"text\": " + "[".repeat(20_000) + "]".repeat(20_000) + "}";
    answersWithin("POST", EXTRACT, server.post(EXTRACT, deepText), 400);
  }

  @Test
  void aFiftyThousandCharacterTokenIsAnswered() throws Exception {
    String token = "x".repeat(50_000);
    answersWithin("POST", EXTRACT, server.post(EXTRACT, "{\"text\": \"" + token + "\"}"), 200);
    String ad = "{\"text\": \"SQL " + token + " Excel\"}";
    answersWithin("POST", RECOMMEND, server.post(RECOMMEND, ad), 200);
    String word = "y".repeat(7_000);
    answersWithin("GET", SEARCH, server.get(SEARCH + "?q=" + word), 200);
    answersWithin(
        "GET", "/api/v1/skills/suggest", server.get("/api/v1/skills/suggest?q=" + word), 200);
  }

  @Test
  void aQueryStringBeyondTheHttpHeaderLimitIsRefusedWith414Not500() throws Exception {
    var response = server.getAlone(SEARCH + "?q=" + "x".repeat(50_000));
    assertThat(response.statusCode()).isEqualTo(414);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
    assertThat(response.body()).contains("\"status\":414").contains("POST");
  }

  @Test
  void ambiguousPathSegmentsAreRefusedByTheHttpLayerNot500() throws Exception {
    for (String id : new String[] {"a%2Fb", "a%5Cb", "%2E%2E", "a%00b", "a%1Fb"}) {
      var response = server.getAlone("/api/v1/credentials/" + id);
      assertThat(response.statusCode()).as(id).isIn(400, 404);
      assertThat(response.headers().firstValue("Content-Type"))
          .as(id)
          .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
      assertThat(response.body()).as(id).contains("\"status\":" + response.statusCode());
    }
  }

  @Test
  void thousandsOfSkillsInASearchAreAnswered() throws Exception {
    String known = IntStream.range(0, 1_500).mapToObj(i -> "sql").collect(joining());
    answersWithin("GET", SEARCH, server.get(SEARCH + "?skills=" + known), 200);
    String unknown = IntStream.range(0, 1_000).mapToObj(i -> "n" + i).collect(joining());
    answersWithin("GET", SEARCH, server.get(SEARCH + "?skills=" + unknown), 400);
  }

  @Test
  void anAdNamingThousandsOfSkillsIsAnswered() throws Exception {
    String words = "SQL, Excel, Tableau, Python, ".repeat(2_000);
    answersWithin("POST", RECOMMEND, server.post(RECOMMEND, "{\"text\": \"" + words + "\"}"), 200);
  }

  private static java.util.stream.Collector<CharSequence, ?, String> joining() {
    return Collectors.joining(",");
  }
}
