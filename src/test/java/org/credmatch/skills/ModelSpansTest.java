package org.credmatch.skills;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.credmatch.ner.SkillSpan;
import org.credmatch.ner.SkillSpanFinder;
import org.credmatch.taxonomy.SkillType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ModelSpansTest {

  /** Tags every occurrence of its phrases, the way a trained finder would tag spans. */
  private record PhraseFinder(List<String> phrases, double probability) implements SkillSpanFinder {
    @Override
    public List<SkillSpan> find(List<String> tokens) {
      List<SkillSpan> spans = new ArrayList<>();
      for (String phrase : phrases) {
        List<String> words = List.of(phrase.toLowerCase(Locale.ROOT).split(" "));
        for (int i = 0; i + words.size() <= tokens.size(); i++) {
          List<String> window =
              tokens.subList(i, i + words.size()).stream()
                  .map(t -> t.toLowerCase(Locale.ROOT))
                  .toList();
          if (window.equals(words)) {
            spans.add(new SkillSpan(i, i + words.size(), SkillSpan.Kind.SKILL, probability));
          }
        }
      }
      return spans;
    }
  }

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
    var unsure = Fixtures.withFinder(new PhraseFinder(List.of("stakeholder alignment"), 0.2));
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
