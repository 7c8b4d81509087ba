package org.credmatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.credmatch.index.ConfigFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An index built under another schema.json is rebuilt, so a field an upgrade adds is filled. */
class SchemaChangeTest {

  @TempDir Path dir;

  Engine.Options options() throws IOException {
    Path catalog = dir.resolve("catalog.jsonl");
    if (!Files.exists(catalog)) {
      try (InputStream in = getClass().getResourceAsStream("/fixtures/catalog.jsonl")) {
        Files.copy(in, catalog);
      }
    }
    return new Engine.Options(dir.resolve("data"), null, catalog, false);
  }

  /** The packaged index-config with {@code schema.json} rewritten by {@code edit}. */
  ConfigFiles configWithSchema(java.util.function.UnaryOperator<String> edit) throws IOException {
    Path config = Files.createDirectories(dir.resolve("config"));
    for (String name :
        new String[] {
          "schema.json",
          "ranking.json",
          "extraction.json",
          "stopwords.txt",
          "synonyms.txt",
          "skill-aliases.tsv",
          "common-ad-words.txt"
        }) {
      try (InputStream in = ConfigFiles.packaged().openResource(name)) {
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        Files.writeString(
            config.resolve(name), name.equals("schema.json") ? edit.apply(text) : text);
      }
    }
    return ConfigFiles.of(config);
  }

  @Test
  void rebuildsWhenTheSchemaChangedAndOnlyThen() throws IOException {
    var log = new ByteArrayOutputStream();
    var out = new PrintStream(log, true, StandardCharsets.UTF_8);
    Path first;
    try (var index = Engine.openOrBuildIndex(options(), ConfigFiles.packaged(), out)) {
      first = index.generation();
    }
    try (var index = Engine.openOrBuildIndex(options(), ConfigFiles.packaged(), out)) {
      assertThat(index.generation()).isEqualTo(first);
    }
    assertThat(log.toString(StandardCharsets.UTF_8)).doesNotContain("rebuilding");

    ConfigFiles changed =
        configWithSchema(
            s ->
                s.replace(
                    "\"cost\":         {\"kind\": \"double\"}",
                    "\"cost\": {\"kind\": \"double\"}"));
    try (var index = Engine.openOrBuildIndex(options(), changed, out)) {
      assertThat(index.generation()).isNotEqualTo(first);
    }
    assertThat(log.toString(StandardCharsets.UTF_8))
        .contains(
            "The catalog or the index schema changed since the index was built: rebuilding it.");
  }
}
