package org.credmatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.credmatch.catalog.CatalogStore;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded default catalog is what {@code credmatch catalog import} makes of the provider
 * sources with the shipped extractor today: a change to extraction that changes derived skills
 * fails here until the catalog is regenerated (command in {@code docs/catalog-formats.md}).
 */
class DefaultCatalogTest {

  private static final Path SOURCES =
      Path.of(System.getProperty("credmatch.shared", "../shared/data"), "catalog-sources");

  @Test
  void isWhatTheImportCommandMakesOfTheProviderSources(@TempDir Path dir) throws Exception {
    Assumptions.assumeTrue(
        Files.isDirectory(SOURCES),
        "../shared/data absent: cannot regenerate the default catalog to compare it");
    Path out = dir.resolve("catalog.jsonl");
    PrintStream original = System.out;
    int exit;
    try {
      System.setOut(new PrintStream(PrintStream.nullOutputStream(), true, StandardCharsets.UTF_8));
      exit =
          CredMatchCommand.commandLine()
              .execute(
                  "catalog",
                  "import",
                  "--threads",
                  "2",
                  "--source",
                  "coursera-2023=" + SOURCES.resolve("coursera-2023.csv"),
                  "--source",
                  "edx-2021=" + SOURCES.resolve("edx-2021.csv"),
                  "--out",
                  out.toString());
    } finally {
      System.setOut(original);
    }
    assertThat(exit).isZero();
    byte[] embedded;
    try (InputStream in = CatalogStore.class.getResourceAsStream(CatalogStore.DEFAULT_RESOURCE)) {
      embedded = in.readAllBytes();
    }
    assertThat(Files.readString(out))
        .as("regenerate src/main/resources/catalog/default-catalog.jsonl")
        .isEqualTo(new String(embedded, StandardCharsets.UTF_8));
  }
}
