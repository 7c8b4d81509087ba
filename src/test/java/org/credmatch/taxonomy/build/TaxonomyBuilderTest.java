package org.credmatch.taxonomy.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.credmatch.taxonomy.Skill;
import org.credmatch.taxonomy.SkillType;
import org.credmatch.taxonomy.Taxonomy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Builds the taxonomy from the committed fixture (real rows of O*NET and ESCO). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TaxonomyBuilderTest {

  private Path fixture;
  private Taxonomy taxonomy;

  @BeforeAll
  void build() throws IOException, URISyntaxException {
    fixture = Path.of(getClass().getResource("/taxonomy-fixture").toURI());
    taxonomy = new TaxonomyBuilder().build(TaxonomySources.in(fixture)).taxonomy();
  }

  private Skill skill(String label) {
    return taxonomy.findByLabel(label).orElseThrow(() -> new AssertionError("no skill " + label));
  }

  @Test
  void dedupesPythonAcrossOnetAndEsco() {
    Skill python = skill("Python");
    assertThat(python.id())
        .isEqualTo("http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d");
    assertThat(python.label()).isEqualTo("Python (computer programming)");
    assertThat(python.sources()).containsExactly("esco-1.1.0", "esco-1.2.0", "onet-29.2");
    assertThat(python.sourceIds())
        .contains(python.id(), "onet:tech:python", "onet:commodity:43232405");
    assertThat(python.hot()).isTrue();
    assertThat(python.type()).isEqualTo(SkillType.TOOL);
    assertThat(skill("Python (computer programming)")).isSameAs(python);
  }

  @Test
  void mergesVendorPrefixedOnetNameIntoTheEscoSkillItNames() {
    Skill java = skill("Oracle Java");
    assertThat(java.label()).isEqualTo("Java (computer programming)");
    assertThat(java.sourceIds()).contains("onet:tech:oracle-java");
    assertThat(skill("Java")).isSameAs(java);
    assertThat(skill("Microsoft Visual Basic").label()).isEqualTo("Visual Basic");
  }

  @Test
  void mergesOnetAcronymExampleIntoEscoSkillOfThatName() {
    Skill sql = skill("SQL");
    assertThat(sql.id()).startsWith("http://data.europa.eu/esco/skill/");
    assertThat(sql.sourceIds()).contains("onet:tech:structured-query-language-sql");
    assertThat(sql.altLabels())
        .contains("Structured query language SQL", "Structured query language");
  }

  @Test
  void derivesAcronymAndLongFormAltLabels() {
    Skill aws = skill("Amazon Web Services AWS software");
    assertThat(aws.id()).isEqualTo("onet:tech:amazon-web-services-aws-software");
    assertThat(aws.altLabels()).contains("AWS", "Amazon Web Services", "Amazon Web Services AWS");
    assertThat(skill("AWS")).isSameAs(aws);
  }

  @Test
  void stripsVendorPrefixOnlyWhenTheRestIsDistinctive() {
    assertThat(skill("Microsoft Excel").altLabels()).containsExactly("Excel");
    assertThat(skill("Apache Kafka").altLabels()).containsExactly("Kafka");
    assertThat(skill("Microsoft Teams").altLabels()).isEmpty();
    assertThat(taxonomy.findByLabel("Teams")).isEmpty();
  }

  @Test
  void keepsProductApartFromBroaderEscoSkillThatListsIt() {
    Skill sheets = skill("Google Sheets");
    assertThat(sheets.id()).isEqualTo("onet:tech:google-sheets");
    assertThat(sheets.sources()).containsExactly("onet-29.2");
    assertThat(skill("use spreadsheets software").sourceIds())
        .noneMatch(s -> s.startsWith("onet:"));
  }

  @Test
  void assignsTypesBySource() {
    assertThat(skill("Reading Comprehension").type()).isEqualTo(SkillType.SKILL);
    assertThat(skill("Psychology").type()).isEqualTo(SkillType.KNOWLEDGE);
    assertThat(skill("Haskell").type()).isEqualTo(SkillType.KNOWLEDGE);
    assertThat(skill("use spreadsheets software").type()).isEqualTo(SkillType.SKILL);
    assertThat(skill("show initiative").type()).isEqualTo(SkillType.TRANSVERSAL);
    assertThat(skill("English").type()).isEqualTo(SkillType.LANGUAGE);
    assertThat(skill("write Hungarian").type()).isEqualTo(SkillType.LANGUAGE);
    assertThat(skill("manage musical staff").type()).isEqualTo(SkillType.SKILL);
    assertThat(skill("Laptop computers").type()).isEqualTo(SkillType.TOOL);
    assertThat(skill("Tableau").group())
        .isEqualTo("Business intelligence and data analysis software");
  }

  @Test
  void keepsOnetSkillAndKnowledgeOfTheSameNameApart() {
    var mathematics =
        taxonomy.skills().stream().filter(s -> s.label().equalsIgnoreCase("mathematics")).toList();
    assertThat(mathematics).hasSize(2);
    Skill knowledge = skill("mathematics");
    assertThat(knowledge.id()).isEqualTo("http://data.europa.eu/esco/isced-f/0541");
    assertThat(knowledge.type()).isEqualTo(SkillType.KNOWLEDGE);
    assertThat(knowledge.sourceIds()).contains("onet:element:2.C.4.a", "esco110:mathematics");
    assertThat(taxonomy.get("onet:element:2.A.1.e"))
        .get()
        .extracting(Skill::type)
        .isEqualTo(SkillType.SKILL);
  }

  @Test
  void givesUnmergedEscoLabelsAndToolsSchemeIds() {
    assertThat(skill("manage musical staff").id()).isEqualTo("esco110:manage-musical-staff");
    assertThat(skill("Desktop computers").id()).isEqualTo("onet:tool:desktop-computers");
    assertThat(skill("Lasers").sources()).containsExactly("esco-1.1.0", "onet-29.2");
  }

  @Test
  void buildsTheSameBytesTwice() throws IOException {
    Taxonomy again = new TaxonomyBuilder().build(TaxonomySources.in(fixture)).taxonomy();
    assertThat(bytes(again)).isEqualTo(bytes(taxonomy));
    assertThat(again.skills()).isEqualTo(taxonomy.skills());
  }

  @Test
  void reportsMissingSourceFileByName(@TempDir Path dir) throws IOException {
    copyTree(fixture, dir);
    Files.delete(dir.resolve("taxonomy/onet-29.2/tools-used.txt"));
    assertThatThrownBy(() -> TaxonomySources.in(dir))
        .isInstanceOf(TaxonomySourceException.class)
        .hasMessageContaining("tools-used.txt");
    assertThatThrownBy(() -> TaxonomySources.in(dir.resolve("nowhere")))
        .isInstanceOf(TaxonomySourceException.class)
        .hasMessageContaining("does not exist");
  }

  @Test
  void reportsMissingColumnByName(@TempDir Path dir) throws IOException {
    copyTree(fixture, dir);
    Path tools = dir.resolve("taxonomy/onet-29.2/tools-used.txt");
    Files.writeString(tools, Files.readString(tools).replace("Commodity Title", "Title"));
    assertThatThrownBy(() -> new TaxonomyBuilder().build(TaxonomySources.in(dir)))
        .isInstanceOf(TaxonomySourceException.class)
        .hasMessageContaining("Commodity Title");
  }

  static byte[] bytes(Taxonomy taxonomy) throws IOException {
    var out = new ByteArrayOutputStream();
    taxonomy.write(out);
    return out.toByteArray();
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path p : paths.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }
}
