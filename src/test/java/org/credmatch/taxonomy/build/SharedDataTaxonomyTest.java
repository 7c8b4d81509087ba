package org.credmatch.taxonomy.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.GZIPInputStream;
import org.credmatch.taxonomy.Skill;
import org.credmatch.taxonomy.SkillType;
import org.credmatch.taxonomy.Taxonomy;
import org.credmatch.taxonomy.TaxonomyStats;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Builds the real taxonomy from {@code ../shared/data} and checks it against the committed {@code
 * models/taxonomy} files. Skipped where the shared data is absent.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SharedDataTaxonomyTest {

  private static final Path COMMITTED = Path.of("models/taxonomy/taxonomy.jsonl.gz");
  private static final Path README = Path.of("models/taxonomy/README.md");

  private TaxonomyBuilder.Result built;

  @BeforeAll
  void build() throws IOException {
    Path dir = Path.of(System.getProperty("credmatch.shared", "../shared/data"));
    Assumptions.assumeTrue(
        Files.isDirectory(dir), "../shared/data absent: skipping the real taxonomy build");
    built = new TaxonomyBuilder().build(TaxonomySources.in(dir));
  }

  private long elements(String prefix) {
    return built.taxonomy().skills().stream()
        .flatMap(s -> s.sourceIds().stream())
        .filter(id -> id.startsWith(prefix))
        .count();
  }

  @Test
  void carriesAllOnetSkillsAndKnowledgeAreas() {
    assertThat(elements("onet:element:2.A.") + elements("onet:element:2.B.")).isEqualTo(35);
    assertThat(elements("onet:element:2.C.")).isEqualTo(33);
    assertThat(built.taxonomy().get("onet:element:2.B.1.d"))
        .get()
        .extracting(Skill::label, Skill::type)
        .containsExactly("Negotiation", SkillType.SKILL);
  }

  @Test
  void dedupesPythonAcrossOnetAndEsco() {
    Skill python = built.taxonomy().findByLabel("Python").orElseThrow();
    assertThat(python.id()).startsWith("http://data.europa.eu/esco/skill/");
    assertThat(python.sourceIds()).contains("onet:tech:python", python.id());
    assertThat(python.sources()).contains("onet-29.2", "esco-1.2.0");
    assertThat(python.hot()).isTrue();
  }

  @Test
  void countsEverySourceRecordOnce() {
    var stats = TaxonomyStats.of(built.taxonomy());
    assertThat(stats.bySource())
        .containsEntry("esco-1.2.0", 2334 + 538)
        .containsEntry("esco-1.1.0", 13896);
    assertThat(stats.hot()).isEqualTo(170);
    assertThat(stats.byType().get(SkillType.TOOL)).isGreaterThan(26000);
  }

  @Test
  void committedTaxonomyMatchesAFreshBuild() throws IOException {
    byte[] fresh = TaxonomyBuilderTest.bytes(built.taxonomy());
    assertThat(gunzip(new ByteArrayInputStream(fresh)))
        .as("models/taxonomy/taxonomy.jsonl.gz is stale: rerun the build command in its README")
        .isEqualTo(gunzip(Files.newInputStream(COMMITTED)));
  }

  @Test
  void readmeStatesTheCommittedCountsAndChecksum() throws IOException {
    String readme = Files.readString(README);
    Taxonomy committed = Taxonomy.load(COMMITTED);
    assertThat(readme)
        .contains(TaxonomyStats.of(committed).markdown())
        .contains(built.report().describe())
        .contains(sha256(Files.readAllBytes(COMMITTED)));
  }

  @Test
  void loadsTheShippedTaxonomyQuickly() {
    long start = System.nanoTime();
    Taxonomy shipped = Taxonomy.loadDefault();
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.println(
        "Taxonomy.loadDefault(): " + shipped.size() + " skills in " + millis + " ms");
    assertThat(shipped.size()).isEqualTo(built.taxonomy().size());
    assertThat(millis).as("load time, target < 1 s on an idle machine").isLessThan(5_000);
  }

  private static String gunzip(InputStream in) throws IOException {
    try (var gz = new GZIPInputStream(in)) {
      return new String(gz.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
