package org.credmatch.skills;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.credmatch.cli.CredMatchCommand;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;
  private static Path taxonomy;

  @BeforeAll
  static void writeTaxonomy() throws Exception {
    taxonomy = dir.resolve("taxonomy.jsonl.gz");
    try (OutputStream out = Files.newOutputStream(taxonomy)) {
      TestTaxonomy.small().write(out);
    }
  }

  private static String run(String... args) {
    StringWriter out = new StringWriter();
    var cli = CredMatchCommand.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(new StringWriter()));
    assertThat(cli.execute(args)).isZero();
    return out.toString();
  }

  @Test
  void extractsOneAdFromAFileAsJson() throws Exception {
    Path ad = dir.resolve("ad.txt");
    Files.writeString(ad, "Requirements:\n- 5+ years of Java\n- k8s\n", StandardCharsets.UTF_8);
    JsonNode result =
        JSON.readTree(run("extract", "--taxonomy", taxonomy.toString(), ad.toString()));
    JsonNode java = result.get("skills").get(0);
    assertThat(java.get("id").asText()).isEqualTo("t:java");
    assertThat(java.get("type").asText()).isEqualTo("tool");
    assertThat(java.get("source").asText()).isEqualTo("taxonomy");
    assertThat(java.get("requirement").asText()).isEqualTo("required");
    assertThat(java.get("minYears").asInt()).isEqualTo(5);
    JsonNode mention = java.get("mentions").get(0);
    assertThat(mention.get("start").asInt()).isEqualTo(28);
    assertThat(mention.get("text").asText()).isEqualTo("Java");
    assertThat(result.get("warnings")).isEmpty();
  }

  @Test
  void answersOneLinePerInputLineInBatchMode() throws Exception {
    Path batch = dir.resolve("batch.jsonl");
    Files.write(
        batch,
        List.of(
            "{\"id\": \"a\", \"text\": \"Go and Rust developers\"}",
            "not json",
            "{\"id\": 7, \"text\": \"\"}",
            "{\"id\": \"b\", \"text\": \"<p>Node.js &amp; Postgres</p>\"}"),
        StandardCharsets.UTF_8);
    List<String> lines =
        run("extract", "--jsonl", "--taxonomy", taxonomy.toString(), batch.toString())
            .lines()
            .toList();
    assertThat(lines).hasSize(4);
    JsonNode a = JSON.readTree(lines.get(0));
    assertThat(a.get("id").asText()).isEqualTo("a");
    assertThat(a.get("skills"))
        .extracting(s -> s.get("id").asText())
        .containsExactly("t:go", "t:rust");
    assertThat(JSON.readTree(lines.get(1)).get("warnings").get(0).asText())
        .isEqualTo("line 2: not valid JSON");
    JsonNode empty = JSON.readTree(lines.get(2));
    assertThat(empty.get("id").asInt()).isEqualTo(7);
    assertThat(empty.get("warnings").get(0).asText()).startsWith("empty input");
    assertThat(JSON.readTree(lines.get(3)).get("skills")).hasSize(2);
  }
}
