package org.credmatch.skills;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.credmatch.taxonomy.Taxonomy;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The default extractor over the shipped taxonomy: aliases resolve, the committed ad reads right.
 */
class ShippedTaxonomyTest {

  private static CuratedExtractor extractor;

  @BeforeAll
  static void build() {
    Assumptions.assumeTrue(
        Taxonomy.class.getResource(Taxonomy.DEFAULT_RESOURCE) != null,
        "shipped taxonomy absent: skipping the shipped-taxonomy checks");
    extractor =
        SkillExtractors.create(Taxonomy.loadDefault(), Fixtures.config(), null, Curation.EMPTY);
  }

  private static List<String> labels(String text) {
    return extractor.extract(text).skills().stream().map(ExtractedSkill::label).toList();
  }

  private static ExtractedSkill byLabel(Extraction e, String label) {
    return e.skills().stream()
        .filter(s -> s.label().equals(label))
        .findFirst()
        .orElseThrow(() -> new AssertionError(label + " not in " + e.skills()));
  }

  @Test
  void resolvesEveryAliasToATaxonomySkill() {
    assertThat(extractor.unresolvedAliases()).isEmpty();
  }

  @Test
  void versionControlIsTheSoftwareNotTheEngineeringOfControlSystems() {
    assertThat(labels("Experience with version control systems such as Git."))
        .contains("Version control software", "Git")
        .doesNotContain("control systems");
    assertThat(labels("Distributed Version Control Systems (DVCS)"))
        .contains("Version control software")
        .doesNotContain("control systems");
    assertThat(labels("PLC programming for industrial control systems."))
        .contains("control systems");
  }

  @Test
  void appliesTheShippedCurationAndSynonymsNamedByLabel() {
    String ad = "Our architecture is based on microservices; you are a team player.";
    assertThat(labels(ad)).isEmpty();
    Curation shipped = CurationFiles.loadPackaged();
    var microservices = new Curation.Mapping("microservices", "Microservices Architecture");
    try {
      extractor.apply(shipped);
      extractor.apply(new Curation(shipped.deny(), List.of(microservices), shipped.forced()));
      assertThat(labels(ad)).containsExactly("Microservices Architecture");
    } finally {
      extractor.apply(Curation.EMPTY);
    }
  }

  @Test
  void keepsTheHardCasesApartOnTheShippedTaxonomy() {
    assertThat(labels("We build reactive systems with React.")).containsExactly("React");
    assertThat(labels("Strong Java and JavaScript skills."))
        .containsExactlyInAnyOrder("Java (computer programming)", "JavaScript");
    assertThat(labels("C, C++ and C# developers.")).containsExactlyInAnyOrder("C", "C++", "C#");
    assertThat(labels("You go the extra mile in our R&D lab at C-level.")).isEmpty();
    assertThat(labels("Statistical programming in R.")).containsExactly("R");
    assertThat(labels("Experience with Go or Rust."))
        .containsExactlyInAnyOrder("Go", "Rust programming language");
    assertThat(labels("APIs in Node.js on .NET.")).contains("Node.js", "Microsoft .NET Framework");
    assertThat(labels("JS, k8s, MS Excel and Postgres."))
        .containsExactlyInAnyOrder("JavaScript", "Kubernetes", "Microsoft Excel", "PostgreSQL");
  }

  @Test
  void keepsLowerCaseToolsTheTaggerCallsVerbsOnlyNextToOtherTools() {
    assertThat(labels("AWS Kubernetes git Jenkins/GitLab CI"))
        .contains("Git", "GitLab", "Jenkins (tools for software configuration management)");
    assertThat(labels("We git it done and react quickly.")).doesNotContain("Git", "React");
  }

  @Test
  void findsLanguagePhrasesWithoutFurtherContext() {
    assertThat(labels("You must speak Danish.")).containsExactly("interact verbally in Danish");
    assertThat(labels("The English team is great.")).isEmpty();
  }

  @Test
  void leavesPlainWordsThatNameToolsAlone() {
    assertThat(labels("At all levels, rules and platforms guide the environment we work in."))
        .isEmpty();
    assertThat(labels("We will teach you the rest.")).isEmpty();
  }

  @Test
  void readsTheCommittedAdAsAHumanWould() throws IOException {
    String ad;
    try (InputStream in = getClass().getResourceAsStream("/skills/ad-600-words.md")) {
      ad = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Extraction e = extractor.extract(ad);
    assertThat(e.warnings()).isEmpty();
    assertThat(e.skills().subList(0, 4))
        .extracting(ExtractedSkill::label)
        .containsExactly("Java (computer programming)", "PostgreSQL", "Docker", "Kubernetes");
    assertThat(byLabel(e, "Java (computer programming)").minYears()).isEqualTo(5);
    assertThat(byLabel(e, "SQL").minYears()).isEqualTo(3);
    assertThat(byLabel(e, "Go").requirement()).isEqualTo(Requirement.PREFERRED);
    assertThat(byLabel(e, "Apache Kafka").requirement()).isEqualTo(Requirement.MENTIONED);
    assertThat(byLabel(e, "English").requirement()).isEqualTo(Requirement.REQUIRED);
    assertThat(e.skills())
        .extracting(ExtractedSkill::label)
        .doesNotContain("health insurance", "religion", "disability")
        .noneMatch(l -> l.toLowerCase(java.util.Locale.ROOT).contains("insurance"));
  }
}
