package org.credmatch.skills;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credmatch.skills.Fixtures.extractor;

import org.junit.jupiter.api.Test;

class WarningsTest {

  @Test
  void answersEmptyAndBlankInputWithAWarning() {
    for (String text : new String[] {"", "   \n\t ", null}) {
      Extraction e = extractor().extract(text);
      assertThat(e.skills()).isEmpty();
      assertThat(e.warnings()).containsExactly("empty input: there is no text to extract from");
    }
  }

  @Test
  void answersMarkupWithoutTextWithAWarning() {
    Extraction e = extractor().extract("<div><br></div>");
    assertThat(e.skills()).isEmpty();
    assertThat(e.warnings()).containsExactly("no text left once markup was removed");
  }

  @Test
  void warnsThatGermanTextIsNotEnglish() {
    Extraction e =
        extractor()
            .extract(
                "Wir suchen eine Entwicklerin für unser Team in Berlin. Du hast Erfahrung mit Java"
                    + " und Kubernetes und bist bei der Arbeit im Team die richtige Person.");
    assertThat(e.warnings()).contains("text looks like German, not English: skills may be missed");
    assertThat(e.skills()).extracting(ExtractedSkill::id).contains("t:java", "t:k8s");
  }

  @Test
  void warnsThatFrenchTextIsNotEnglish() {
    Extraction e =
        extractor()
            .extract(
                "Nous recherchons un développeur pour notre équipe. Vous avez une expérience avec"
                    + " les bases de données et vous aimez le travail en équipe dans la bonne humeur.");
    assertThat(e.warnings()).anyMatch(w -> w.startsWith("text looks like French"));
  }

  @Test
  void doesNotWarnAboutEnglish() {
    Extraction e =
        extractor().extract("We are looking for an engineer with Python and SQL skills.");
    assertThat(e.warnings()).isEmpty();
  }

  @Test
  void truncatesLongInputWithAWarning() {
    var small =
        new DefaultSkillExtractor(TestTaxonomy.small(), Fixtures.config().withMaxChars(40), null);
    Extraction e = small.extract("We use Docker every day and also Kubernetes in production.");
    assertThat(e.warnings()).contains("input truncated at 40 characters (of 58)");
    assertThat(e.skills()).extracting(ExtractedSkill::id).containsExactly("t:docker");
  }

  @Test
  void givesTheSameAnswerTwiceSortedByWeightThenId() {
    String ad =
        "Requirements: Python, Docker and SQL. Nice to have: Kubernetes. We also use Kafka.";
    Extraction a = extractor().extract(ad);
    assertThat(extractor().extract(ad)).isEqualTo(a);
    assertThat(a.skills())
        .extracting(ExtractedSkill::id)
        .containsExactly("t:docker", "t:python", "t:sql", "t:k8s", "t:kafka");
  }
}
