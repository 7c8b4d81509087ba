package org.credmatch.catalog.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.credmatch.catalog.CatalogStore;
import org.credmatch.catalog.Credential;
import org.credmatch.catalog.CredentialSkill;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RealSourcesImportTest {

  private static final Path SOURCES =
      Path.of(System.getProperty("credmatch.shared", "../shared/data"), "catalog-sources");
  private static ImportReport report;
  private static KeywordTagger tagger;

  @BeforeAll
  static void importBoth() {
    Assumptions.assumeTrue(
        Files.isDirectory(SOURCES), "../shared/data absent: skipping the real catalog import");
    tagger = new KeywordTagger("python", "statistics", "marketing", "excel", "sql");
    report =
        new CatalogImporter()
            .importFrom(ImportSource.providerCatalogs(SOURCES), tagger, ImportListener.NONE);
  }

  @Test
  void reproducesThePinnedFiguresOnTheChecksummedSources() throws Exception {
    JsonNode expected =
        new ObjectMapper()
            .readTree(Files.readString(Fixtures.path("provider-import-figures.json")));
    for (int i = 0; i < 2; i++) {
      JsonNode want = expected.path("sources").get(i);
      SourceSummary got = report.sources().get(i);
      assertThat(sha256(SOURCES.resolve(want.path("file").asText())))
          .as("checksum of " + want.path("file").asText() + " (data changed: update the figures)")
          .isEqualTo(want.path("sha256").asText());
      assertThat(
              List.of(
                  got.source(),
                  got.read(),
                  got.imported(),
                  got.skipped(),
                  got.invalid(),
                  got.warnings()))
          .isEqualTo(
              List.of(
                  want.path("file").asText(),
                  want.path("read").asInt(),
                  want.path("imported").asInt(),
                  want.path("skipped").asInt(),
                  want.path("invalid").asInt(),
                  want.path("warnings").asInt()));
    }
    List<String> problems = new ArrayList<>();
    expected.path("problems").forEach(p -> problems.add(p.asText()));
    assertThat(report.problems()).map(ImportProblem::toString).isEqualTo(problems);
  }

  private static String sha256(Path file) throws Exception {
    byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
    return HexFormat.of().formatHex(digest);
  }

  @Test
  void importsAtLeast1900ValidRecordsFromCourseraAndEdx() {
    assertThat(report.imported()).isGreaterThanOrEqualTo(1900);
    assertThat(report.invalid()).isZero();
    assertThat(report.sources())
        .extracting(SourceSummary::source)
        .containsExactly("coursera-2023.csv", "edx-2021.csv");
  }

  @Test
  void noDescriptionSurvivesInAnImportedCredential() throws IOException {
    Map<String, List<String>> prose = new HashMap<>();
    collectProse(
        SOURCES.resolve("coursera-2023.csv"),
        "course_url",
        prose,
        "course_summary",
        "course_description");
    collectProse(
        SOURCES.resolve("edx-2021.csv"),
        "course_url",
        prose,
        "summary",
        "course_description",
        "course_syllabus");
    int checked = 0;
    for (Credential c : report.credentials()) {
      String json = CatalogStore.toJson(c);
      for (String text : prose.getOrDefault(c.url(), List.of())) {
        assertThat(json).as(c.id()).doesNotContain(text);
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(1500);
  }

  @Test
  void untaggedRecordsGetDerivedSkillsAndTaggedOnesKeepDeclaredOnes() {
    Credential edx = byId("edx:introduction-to-probability");
    assertThat(edx.skills()).isNotEmpty().noneMatch(CredentialSkill::declared);
    Credential python = byId("coursera:specializations:python");
    assertThat(python.skills()).isNotEmpty().allMatch(CredentialSkill::declared);
    assertThat(tagger.derivedFrom).hasSize(countUntagged());
  }

  private static int countUntagged() {
    return (int)
        report.credentials().stream()
            .filter(c -> c.skills().stream().noneMatch(CredentialSkill::declared))
            .count();
  }

  private static Credential byId(String id) {
    return report.credentials().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
  }

  /** Prose cells longer than 40 characters, by URL, read with the importer's own CSV reader. */
  private static void collectProse(
      Path csv, String urlColumn, Map<String, List<String>> out, String... columns)
      throws IOException {
    List<String> wanted = List.of(columns);
    try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      CsvTable.read(
          in,
          wanted,
          row -> {
            List<String> texts = new ArrayList<>();
            wanted.stream()
                .map(row::get)
                .filter(t -> t != null && t.length() > 40)
                .forEach(texts::add);
            out.computeIfAbsent(row.get(urlColumn), k -> new ArrayList<>()).addAll(texts);
            return new SourceRecord.Unreadable(row.line(), ImportProblem.Kind.MALFORMED, "unused");
          },
          r -> {});
    }
  }
}
