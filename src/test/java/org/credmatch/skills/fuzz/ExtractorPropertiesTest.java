package org.credmatch.skills.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.credmatch.skills.ExtractedSkill;
import org.credmatch.skills.Extraction;
import org.credmatch.skills.Mention;
import org.credmatch.skills.SkillExtractor;
import org.credmatch.skills.SkillExtractors;

/**
 * The real extractor (shipped taxonomy and settings) under generated input: it never throws, every
 * offset lies inside the text and spans the mention's text, and the same text gives the same
 * result. Built once per container: building it takes seconds.
 */
class ExtractorPropertiesTest {

  private static SkillExtractor extractor;

  @BeforeContainer
  static void build() {
    extractor = SkillExtractors.createDefault();
  }

  @Property(tries = 300)
  void anyTextIsAnsweredWithMentionsInsideIt(@ForAll @StringLength(max = 600) String text) {
    checkInvariants(text, extractor.extract(text));
  }

  @Property(tries = 250)
  void adLikeTextIsAnsweredWithMentionsInsideItAndDeterministically(
      @ForAll("adLikeTexts") String text) {
    Extraction first = extractor.extract(text);
    checkInvariants(text, first);
    assertThat(extractor.extract(text)).isEqualTo(first);
  }

  @Example
  void aFiftyThousandCharacterTokenIsAnswered() {
    String text = "We need SQL. " + "x".repeat(50_000) + " And Excel.";
    checkInvariants(text, extractor.extract(text));
  }

  @Example
  void anAdNamingThousandsOfSkillsIsAnswered() {
    String text =
        "Requirements: " + "SQL, Python, Excel, Tableau, project management, ".repeat(800);
    Extraction result = extractor.extract(text);
    checkInvariants(text, result);
    assertThat(result.skills()).isNotEmpty();
  }

  static void checkInvariants(String text, Extraction result) {
    assertThat(result.skills()).doesNotContainNull();
    assertThat(result.warnings()).doesNotContainNull();
    for (ExtractedSkill skill : result.skills()) {
      assertThat(skill.label()).isNotBlank();
      assertThat(skill.source()).isNotNull();
      assertThat(skill.requirement()).isNotNull();
      assertThat(skill.confidence()).isBetween(0.0, 1.0);
      assertThat(skill.weight()).isNotNaN().isGreaterThanOrEqualTo(0.0);
      for (Mention m : skill.mentions()) {
        assertThat(m.start()).as("start of %s", m).isBetween(0, text.length());
        assertThat(m.end()).as("end of %s", m).isBetween(m.start(), text.length());
        assertThat(m.end()).as("empty mention %s", m).isGreaterThan(m.start());
        assertThat(m.text()).as("text of %s", m).isEqualTo(text.substring(m.start(), m.end()));
      }
    }
  }

  /** Texts built from skill names, cue phrases, markup and noise, so that skills are found. */
  @Provide
  Arbitrary<String> adLikeTexts() {
    Arbitrary<String> piece =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(6, Arbitraries.of(SKILLS)),
            net.jqwik.api.Tuple.of(4, Arbitraries.of(CUES)),
            net.jqwik.api.Tuple.of(3, Arbitraries.of(MARKUP)),
            net.jqwik.api.Tuple.of(2, Arbitraries.strings().ofMaxLength(12)));
    return piece.list().ofMaxSize(80).map(parts -> String.join(" ", parts));
  }

  private static final List<String> SKILLS =
      List.of(
          "SQL",
          "Python",
          "Excel",
          "Tableau",
          "Java",
          "C++",
          "C#",
          ".NET",
          "R",
          "Go",
          "AWS",
          "machine learning",
          "project management",
          "communication",
          "Power BI",
          "Node.js",
          "data analysis",
          "German",
          "Kubernetes",
          "customer service",
          "accounting");
  private static final List<String> CUES =
      List.of(
          "must have",
          "nice to have",
          "required:",
          "preferred",
          "3+ years of",
          "5 years",
          "experience with",
          "knowledge of",
          "you will",
          "we offer",
          "Requirements",
          "a plus",
          ".",
          ",",
          ";",
          "\n",
          "\n\n",
          "(",
          ")",
          "/",
          "-",
          "•");
  private static final List<String> MARKUP =
      List.of(
          "<li>",
          "</li>",
          "<ul>",
          "<br>",
          "<p>",
          "</p>",
          "&amp;",
          "&nbsp;",
          "<b>",
          "**",
          "# ",
          "* ",
          "1. ",
          "<script>x</script>",
          "<!-- c -->",
          "&#x1F600;",
          "😀",
          "é",
          "\u0000",
          "\uD800",
          "\t",
          "\r\n",
          "ß",
          "İ");
}
