package org.credmatch.skills;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.credmatch.taxonomy.SkillType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ModelSpansTest {

  private static DefaultSkillExtractor extractor;

  @BeforeAll
  static void build() {
    extractor =
        Fixtures.withFinder(
            new PhraseFinder(
                List.of("stakeholder alignment", "management of projects", "Docker images"), 0.9));
  }

  @Test
  void returnsSpansFarFromAnyLabelUnlinked() {
    Extraction e = extractor.extract("You are good at stakeholder alignment.");
    assertThat(e.skills()).hasSize(1);
    ExtractedSkill s = e.skills().get(0);
    assertThat(s.id()).isNull();
    assertThat(s.label()).isEqualTo("stakeholder alignment");
    assertThat(s.source()).isEqualTo(Source.MODEL);
    assertThat(s.type()).isEqualTo(SkillType.SKILL);
    assertThat(s.confidence()).isEqualTo(0.9);
  }

  @Test
  void linksSpansCloseToATaxonomyLabel() {
    Extraction e = extractor.extract("Experience in management of projects is required.");
    ExtractedSkill s = Fixtures.skill(e, "e:pm");
    assertThat(s.source()).isEqualTo(Source.MODEL);
    assertThat(s.label()).isEqualTo("project management");
    assertThat(s.requirement()).isEqualTo(Requirement.REQUIRED);
    assertThat(s.mentions().get(0).text()).isEqualTo("management of projects");
  }

  @Test
  void leavesSpansCoveredByTaxonomyMatchesToTheTaxonomy() {
    Extraction e = extractor.extract("You build Docker images.");
    assertThat(e.skills()).extracting(ExtractedSkill::id).containsExactly("t:docker");
    assertThat(e.skills().get(0).source()).isEqualTo(Source.TAXONOMY);
  }

  @Test
  void dropsSpansBelowTheMinimumProbability() {
    var finder = new PhraseFinder(List.of("stakeholder alignment"), 0.2);
    var unsure =
        new DefaultSkillExtractor(
            TestTaxonomy.small(), Fixtures.config().withModelMinProbability(0.5), finder);
    assertThat(unsure.extract("You are good at stakeholder alignment.").skills()).isEmpty();
  }

  @Test
  void linkerLeavesDistantTextUnlinked() {
    var linker = new SkillLinker(TestTaxonomy.small(), 0.75);
    assertThat(linker.link("management of projects"))
        .get()
        .extracting(l -> l.skill().id())
        .isEqualTo("e:pm");
    assertThat(linker.link("Java programming")).isEmpty();
    assertThat(linker.link("the of and")).isEmpty();
  }
}
