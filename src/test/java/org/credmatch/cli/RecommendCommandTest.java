package org.credmatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecommendCommandTest {

  @TempDir Path dir;

  private static Path resource(String name) throws Exception {
    return Path.of(RecommendCommandTest.class.getResource(name).toURI());
  }

  @Test
  void refusesAnUnknownLevelWithExitCodeTwo() throws Exception {
    var err = new java.io.StringWriter();
    var cli = CredMatchCommand.commandLine().setErr(new java.io.PrintWriter(err));
    int code =
        cli.execute(
            "recommend", "--level", "guru", resource("/e2e/data-analyst-ad.txt").toString());
    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("--level: unknown value 'guru'");
  }

  @Test
  void printsRankedProgramsAsJsonForAFixtureCatalog() throws Exception {
    PrintStream stdout = System.out;
    var out = new ByteArrayOutputStream();
    int code;
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      code =
          CredMatchCommand.commandLine()
              .execute(
                  "recommend",
                  "--catalog",
                  resource("/e2e/catalog.jsonl").toString(),
                  "--data-dir",
                  dir.toString(),
                  "--format",
                  "json",
                  "--limit",
                  "2",
                  resource("/e2e/data-analyst-ad.txt").toString());
    } finally {
      System.setOut(stdout);
    }
    assertThat(code).isZero();
    var json = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
    assertThat(json.get("results")).hasSize(2);
    assertThat(json.get("results").get(0).get("id").asText()).isEqualTo("e2e:data-analyst-cert");
  }

  /** Each row: a regex in the shipped ranking.json, its replacement, what the message names. */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource(
      delimiter = '|',
      value = {
        "\"mmrLambda\"|\"declaredSkillBonus\": 0.1, \"mmrLambda\"|declaredSkillBonus",
        "\"smoothing\": [0-9.]+|\"smoothing\": 0|rerank.smoothing must be above 0"
      })
  void aBadConfigurationFileIsNamedWithoutAStackTrace(String from, String to, String named)
      throws Exception {
    Path config = dir.resolve("config");
    java.nio.file.Files.createDirectories(config);
    try (var files = java.nio.file.Files.list(Path.of("index-config"))) {
      for (Path f : files.filter(java.nio.file.Files::isRegularFile).toList()) {
        java.nio.file.Files.copy(f, config.resolve(f.getFileName().toString()));
      }
    }
    Path ranking = config.resolve("ranking.json");
    String shipped = java.nio.file.Files.readString(ranking);
    String broken = shipped.replaceFirst(from, to);
    assertThat(broken).isNotEqualTo(shipped);
    java.nio.file.Files.writeString(ranking, broken);
    var err = new java.io.StringWriter();
    int code =
        CredMatchCommand.commandLine()
            .setErr(new java.io.PrintWriter(err))
            .execute(
                "recommend",
                "--catalog",
                resource("/e2e/catalog.jsonl").toString(),
                "--data-dir",
                dir.resolve("data").toString(),
                "--config-dir",
                config.toString(),
                resource("/e2e/data-analyst-ad.txt").toString());
    assertThat(code).isEqualTo(2);
    assertThat(err.toString())
        .contains("credmatch: bad configuration: ", "ranking.json", named)
        .doesNotContain("\tat ");
  }
}
