package org.credmatch.catalog.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.credmatch.catalog.Credential;
import org.credmatch.catalog.CredentialSkill;
import org.credmatch.catalog.SkillTagger;
import org.credmatch.catalog.importer.ImportProblem.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogImporterTest {

  private final CatalogImporter importer = new CatalogImporter();

  private static ImportSource coursera(String name) {
    return ImportSource.coursera2023(Fixtures.path(name));
  }

  private static Credential byId(ImportReport report, String id) {
    return report.credentials().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void keepsImportingPastAMalformedRowAndReportsItsLine() {
    var report =
        importer.importFrom(
            List.of(coursera("coursera-2023-malformed.csv")),
            SkillTagger.unlinked(),
            ImportListener.NONE);
    assertThat(report.imported()).isEqualTo(3);
    assertThat(report.skipped()).isEqualTo(2);
    assertThat(report.invalid()).isEqualTo(1);
    assertThat(report.problems())
        .containsExactly(
            new ImportProblem(
                "coursera-2023-malformed.csv", 3, Kind.MALFORMED, "expected 13 fields, found 4"),
            new ImportProblem(
                "coursera-2023-malformed.csv",
                6,
                Kind.INVALID,
                "unknown course_certificate_type 'Webinar'; title is required; "
                    + "url must be an absolute http(s) URL ('/learn/no-host')"),
            new ImportProblem(
                "coursera-2023-malformed.csv",
                7,
                Kind.DUPLICATE,
                "duplicate id (first at line 2): coursera:specializations:sscp-training"));
    assertThat(report.credentials())
        .extracting(Credential::id)
        .containsExactly(
            "coursera:machine-learning-calculus",
            "coursera:projects:analyze-network-traffic-with-tcpdump",
            "coursera:specializations:sscp-training");
  }

  @Test
  void skipsARepeatedIdAcrossSourcesNamingTheFirstSource() {
    var edx = ImportSource.edx2021(Fixtures.path("edx-2021-sample.csv"));
    var again = new ImportSource("edx-again.csv", edx.file(), edx.format());
    var report =
        importer.importFrom(List.of(edx, again), SkillTagger.unlinked(), ImportListener.NONE);
    assertThat(report.imported()).isEqualTo(4);
    assertThat(report.problems())
        .extracting(ImportProblem::reason)
        .startsWith("duplicate id (first at line 5): edx:introduction-to-probability")
        .contains("duplicate id (first at line 2 of edx-2021-sample.csv): edx:how-to-learn-online");
    assertThat(report.skipped()).isEqualTo(6);
  }

  @Test
  void linksDeclaredTagsAndDerivesOnlyForUntaggedRecords() {
    var tagger = new KeywordTagger("tcpdump", "machine learning", "python");
    var report =
        importer.importFrom(
            List.of(coursera("coursera-2023-sample.csv")), tagger, ImportListener.NONE);
    var calculus = byId(report, "coursera:machine-learning-calculus");
    assertThat(calculus.skills())
        .allMatch(CredentialSkill::declared)
        .extracting(CredentialSkill::label)
        .contains("Newton'S Method");
    var project = byId(report, "coursera:projects:analyze-network-traffic-with-tcpdump");
    assertThat(project.skills())
        .containsExactly(new CredentialSkill("kw:tcpdump", "tcpdump", false));
    assertThat(tagger.derivedFrom).hasSize(3); // the three records without tags
    assertThat(report.sources().get(0).derived()).isEqualTo(2); // one matched no keyword
  }

  @Test
  void neverShipsTheProseItDerivesFrom() throws Exception {
    var tagger = new KeywordTagger("python", "sql", "data");
    var sources =
        List.of(
            coursera("coursera-2023-sample.csv"),
            ImportSource.edx2021(Fixtures.path("edx-2021-sample.csv")),
            ImportSource.csv(
                Fixtures.path("acme-academy.csv"), Fixtures.path("acme-academy-mapping.json")),
            ImportSource.jsonLines(Fixtures.path("native-sample.jsonl")));
    var report = importer.importFrom(sources, tagger, ImportListener.NONE);
    assertThat(tagger.derivedFrom).isNotEmpty();
    var titles = report.credentials().stream().map(c -> c.title() + ".").toList();
    for (Credential c : report.credentials()) {
      String json = org.credmatch.catalog.CatalogStore.toJson(c);
      for (String prose : tagger.derivedFrom) {
        prose
            .lines()
            .filter(l -> l.length() > 25 && !titles.contains(l.strip()))
            .forEach(l -> assertThat(json).as(c.id()).doesNotContain(l.strip()));
      }
    }
  }

  @Test
  void keepsPreLinkedSkillsAndCleansWhatTheTaggerDerives() {
    SkillTagger tagger =
        new SkillTagger() {
          @Override
          public List<CredentialSkill> link(List<String> tags) {
            return List.of();
          }

          @Override
          public List<CredentialSkill> derive(String text) {
            return List.of(
                new CredentialSkill("kw:stats", "statistics", true), // wrongly marked declared
                new CredentialSkill("kw:stats", "statistics", false),
                new CredentialSkill("kw:blank", " ", false));
          }
        };
    var report =
        importer.importFrom(
            List.of(ImportSource.jsonLines(Fixtures.path("native-sample.jsonl"))),
            tagger,
            ImportListener.NONE);
    assertThat(byId(report, "acme:excel-basics").skills())
        .containsExactly(new CredentialSkill("esco:excel", "use spreadsheets software", true));
    assertThat(byId(report, "acme:stats-intro").skills())
        .containsExactly(new CredentialSkill("kw:stats", "statistics", false));
    assertThat(report.problems())
        .extracting(ImportProblem::line, ImportProblem::kind)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(4L, Kind.MALFORMED),
            org.assertj.core.groups.Tuple.tuple(5L, Kind.INVALID),
            org.assertj.core.groups.Tuple.tuple(6L, Kind.INVALID),
            org.assertj.core.groups.Tuple.tuple(7L, Kind.DUPLICATE));
  }

  @Test
  void turnsAFailingTaggerIntoAWarning() {
    SkillTagger failing =
        new SkillTagger() {
          @Override
          public List<CredentialSkill> link(List<String> tags) {
            throw new IllegalStateException("taxonomy offline");
          }

          @Override
          public List<CredentialSkill> derive(String text) {
            return List.of();
          }
        };
    var report =
        importer.importFrom(
            List.of(coursera("coursera-2023-sample.csv")), failing, ImportListener.NONE);
    assertThat(report.imported()).isEqualTo(6);
    assertThat(report.warnings())
        .hasSize(3)
        .allMatch(w -> w.reason().contains("taxonomy offline") && w.kind() == Kind.WARNING);
  }

  @Test
  void reportsProgressEveryNRecordsAndAtTheEndOfEachSource() {
    List<ImportListener.Progress> calls = new ArrayList<>();
    new CatalogImporter(2)
        .importFrom(
            List.of(
                coursera("coursera-2023-sample.csv"),
                ImportSource.edx2021(Fixtures.path("edx-2021-sample.csv"))),
            SkillTagger.unlinked(),
            calls::add);
    assertThat(calls)
        .extracting(ImportListener.Progress::totalRead)
        .containsExactly(2, 4, 6, 6, 8, 10, 11);
    assertThat(calls.get(3))
        .isEqualTo(new ImportListener.Progress("coursera-2023-sample.csv", 6, 6, 6, true));
    assertThat(calls.get(6))
        .isEqualTo(new ImportListener.Progress("edx-2021-sample.csv", 5, 11, 10, true));
  }

  /** Stateless, so thread-safe: fails on some tags, derives a skill per keyword it finds. */
  private static final SkillTagger STATELESS =
      new SkillTagger() {
        @Override
        public List<CredentialSkill> link(List<String> tags) {
          if (tags.size() % 2 == 1) {
            throw new IllegalStateException("odd tag count");
          }
          return tags.stream().map(t -> new CredentialSkill("tag:" + t, t, true)).toList();
        }

        @Override
        public List<CredentialSkill> derive(String text) {
          return List.of("data", "python", "security", "learn").stream()
              .filter(text.toLowerCase(java.util.Locale.ROOT)::contains)
              .map(k -> new CredentialSkill("kw:" + k, k, false))
              .toList();
        }
      };

  @Test
  void tagsInParallelWithTheSameResultAsOneThread(@TempDir Path dir) throws Exception {
    Path warnings = dir.resolve("warnings.csv");
    String header = Files.readAllLines(Fixtures.path("coursera-2023-sample.csv")).get(0);
    Files.writeString(
        warnings,
        header
            + "\n1,SQL Basics,Acme,Course,1 - 4 Weeks,4.5,10,Beginner,"
            + "https://www.coursera.org/learn/sql-basics,100,\"['SQL']\",,Learn data.\n"
            + "2,Python,Acme,Course,1 - 4 Weeks,4.5,10,Beginner,"
            + "https://www.coursera.org/learn/python-x,100,not a list,,Learn python.\n");
    List<ImportSource> sources =
        List.of(
            ImportSource.coursera2023(warnings),
            coursera("coursera-2023-sample.csv"),
            coursera("coursera-2023-malformed.csv"),
            ImportSource.edx2021(Fixtures.path("edx-2021-sample.csv")),
            ImportSource.jsonLines(Fixtures.path("native-sample.jsonl")),
            ImportSource.csv(
                Fixtures.path("acme-academy.csv"), Fixtures.path("acme-academy-mapping.json")));
    List<ImportListener.Progress> oneThread = new ArrayList<>();
    List<ImportListener.Progress> threads = new ArrayList<>();
    ImportReport expected =
        new CatalogImporter(3, 1).importFrom(sources, STATELESS, oneThread::add);
    ImportReport actual = new CatalogImporter(3, 4).importFrom(sources, STATELESS, threads::add);

    assertThat(expected.warnings()).isNotEmpty();
    assertThat(expected.credentials()).anyMatch(c -> !c.skills().isEmpty());
    assertThat(actual.credentials()).isEqualTo(expected.credentials());
    assertThat(actual.problems()).isEqualTo(expected.problems());
    assertThat(actual.warnings()).isEqualTo(expected.warnings());
    assertThat(actual.sources()).isEqualTo(expected.sources());
    assertThat(threads).isEqualTo(oneThread);
    assertThatThrownBy(() -> new CatalogImporter(3, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesAMissingFileBeforeReadingAnything() {
    List<ImportListener.Progress> calls = new ArrayList<>();
    var sources =
        List.of(
            coursera("coursera-2023-sample.csv"),
            ImportSource.edx2021(Path.of("no-such-file.csv")));
    assertThatThrownBy(() -> importer.importFrom(sources, SkillTagger.unlinked(), calls::add))
        .isInstanceOf(CatalogImportException.class)
        .hasMessageContaining("no-such-file.csv");
    assertThat(calls).isEmpty();
  }

  @Test
  void namesTheSourceWhoseHeaderIsWrong() {
    var wrong = ImportSource.edx2021(Fixtures.path("coursera-2023-sample.csv"));
    assertThatThrownBy(
            () -> importer.importFrom(List.of(wrong), SkillTagger.unlinked(), ImportListener.NONE))
        .isInstanceOf(CatalogImportException.class)
        .hasMessageStartingWith("coursera-2023-sample.csv: missing columns");
  }

  @Test
  void buildsSourcesFromCommandLineFormatNames() {
    Path csv = Fixtures.path("acme-academy.csv");
    assertThat(ImportSource.of("edx-2021", csv, null).format()).isInstanceOf(Edx2021Format.class);
    assertThat(ImportSource.of("csv", csv, Fixtures.path("acme-academy-mapping.json")).name())
        .isEqualTo("acme-academy.csv");
    assertThatThrownBy(() -> ImportSource.of("csv", csv, null))
        .hasMessage("format csv needs a column-mapping file");
    assertThatThrownBy(() -> ImportSource.of("xml", csv, null))
        .hasMessageStartingWith("unknown format 'xml'");
  }
}
