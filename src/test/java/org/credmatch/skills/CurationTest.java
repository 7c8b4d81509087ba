package org.credmatch.skills;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.credmatch.skills.Curation.Mapping;
import org.credmatch.taxonomy.SkillType;
import org.credmatch.taxonomy.Taxonomy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CurationTest {

  private static CuratedExtractor extractor;

  /**
   * The small taxonomy plus the ML programming language (alternative label "ML"), without the
   * shipped aliases, so that "ML" means the language until a curator says otherwise; the stand-in
   * span finder tags a few phrases.
   */
  @BeforeAll
  static void build() {
    var skills = new ArrayList<>(TestTaxonomy.small().skills());
    skills.add(
        TestTaxonomy.skill("e:ml-lang", "ML (computer programming)", SkillType.KNOWLEDGE, "ML"));
    var finder =
        new PhraseFinder(
            List.of("team player", "strong team player", "Self", "management of projects", "ml"),
            0.9);
    extractor =
        SkillExtractors.create(
            new Taxonomy(skills), Fixtures.config().withAliases(List.of()), finder, Curation.EMPTY);
  }

  @AfterEach
  void reset() {
    extractor.apply(Curation.EMPTY);
  }

  private static List<String> ids(String text) {
    return extractor.extract(text).skills().stream().map(ExtractedSkill::id).toList();
  }

  private static List<String> labels(String text) {
    return extractor.extract(text).skills().stream().map(ExtractedSkill::label).toList();
  }

  private static Curation deny(String... entries) {
    return new Curation(List.of(entries), List.of(), List.of());
  }

  private static Curation forced(String phrase, String target) {
    return new Curation(List.of(), List.of(), List.of(new Mapping(phrase, target)));
  }

  @Test
  void deniedPhraseRemovesASkillFoundWithoutIt() {
    String ad = "Solid project management and Python.";
    assertThat(ids(ad)).containsExactlyInAnyOrder("e:pm", "t:python");

    extractor.apply(deny("Project Management"));

    assertThat(ids(ad)).containsExactly("t:python");
  }

  @Test
  void deniedSkillIdIsDroppedWhetherMatchedOrLinkedByTheModel() {
    String ad = "Python, project management and experience in management of projects.";
    assertThat(ids(ad)).containsExactlyInAnyOrder("e:pm", "t:python");

    extractor.apply(deny("e:pm"));

    assertThat(labels(ad)).containsExactly("Python");
  }

  @Test
  void deniedPhraseStopsModelSpansWithItsTextOrInsideIt() {
    assertThat(labels("You are a team player and a Self-starter."))
        .containsExactlyInAnyOrder("team player", "Self");

    extractor.apply(deny("team player", "self starter"));

    assertThat(labels("You are a team player and a Self-starter.")).isEmpty();
    assertThat(labels("You are a strong team player.")).containsExactly("strong team player");
  }

  @Test
  void forcedPhraseBeatsATaxonomyLabelWithTheSameKey() {
    assertThat(ids("Experience with ML models.")).containsExactly("e:ml-lang");

    extractor.apply(forced("ML", "machine learning"));

    ExtractedSkill ml = extractor.extract("Experience with ML models.").skills().getFirst();
    assertThat(ml.id()).isEqualTo("e:ml");
    assertThat(ml.source()).isEqualTo(Source.TAXONOMY);
    assertThat(ml.mentions().getFirst().text()).isEqualTo("ML");
  }

  @Test
  void forcedPhraseBeatsTheSpanModelsLinking() {
    assertThat(ids("Some ml is a plus.")).containsExactly("e:ml-lang");

    extractor.apply(forced("ML", "e:ml"));

    assertThat(extractor.extract("Some ml is a plus.").skills())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.id()).isEqualTo("e:ml");
              assertThat(s.source()).isEqualTo(Source.MODEL);
            });
  }

  @Test
  void forcedPhraseLinksAPhraseTheTaxonomyLacks() {
    assertThat(ids("Deep learning with PyTorch.")).isEmpty();

    extractor.apply(forced("deep learning", "machine learning"));

    assertThat(ids("Deep learning with PyTorch.")).containsExactly("e:ml");
  }

  @Test
  void synonymAddsANewNameMatchedThroughLemmas() {
    assertThat(ids("Number crunching in Python.")).containsExactly("t:python");

    extractor.apply(
        new Curation(List.of(), List.of(new Mapping("number crunching", "e:stats")), List.of()));

    assertThat(ids("Number crunching in Python.")).containsExactlyInAnyOrder("t:python", "e:stats");
    assertThat(ids("Heavy number crunchings.")).containsExactly("e:stats");
  }

  @Test
  void appliedCurationTakesEffectOnTheNextCallOfTheSameExtractor() {
    String ad = "Python and Kubernetes.";
    assertThat(ids(ad)).containsExactlyInAnyOrder("t:python", "t:k8s");

    extractor.apply(deny("t:python"));
    assertThat(ids(ad)).containsExactly("t:k8s");
    assertThat(extractor.current()).isEqualTo(deny("t:python"));

    extractor.apply(Curation.EMPTY);
    assertThat(ids(ad)).containsExactlyInAnyOrder("t:python", "t:k8s");
  }

  @Test
  void rejectsAnInvalidCurationListingEveryProblemAndKeepsTheOldOne() {
    extractor.apply(deny("t:python"));
    Curation bad =
        new Curation(
            List.of("team player", "onet:tech:no-such-tool", "t:java", " "),
            List.of(
                new Mapping("k8s", "Kubernetez"),
                new Mapping("K8S", "Kubernetes"),
                new Mapping("", "Docker"),
                new Mapping("jvm", "Oracle Java")),
            List.of(new Mapping("Team-Player", "e:comm"), new Mapping("C#", " ")));

    assertThatThrownBy(() -> extractor.apply(bad))
        .isInstanceOfSatisfying(
            CurationException.class,
            e ->
                assertThat(e.problems())
                    .containsExactlyInAnyOrder(
                        "deny: blank entry",
                        "deny 'onet:tech:no-such-tool': no taxonomy skill has this id",
                        "synonyms: blank phrase (target 'Docker')",
                        "synonyms 'k8s': same phrase as synonyms 'K8S' (a phrase is listed once)",
                        "synonyms 'jvm' -> 'Oracle Java': that skill is denied",
                        "synonyms 'k8s' -> 'Kubernetez': no taxonomy skill has this id or label",
                        "forced 'C#': blank target",
                        "forced 'Team-Player': same phrase as deny 'team player'"
                            + " (a phrase is listed once)"));
    assertThat(extractor.current()).isEqualTo(deny("t:python"));
    assertThat(ids("Python and Kubernetes.")).containsExactly("t:k8s");
  }
}
