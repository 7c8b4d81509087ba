package org.credmatch.skills;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credmatch.skills.Fixtures.extractor;
import static org.credmatch.skills.Fixtures.skill;

import org.junit.jupiter.api.Test;

class RequirementAwarenessTest {

  private static final String AD =
      """
      Senior Data Engineer

      About us
      We are a leading Python shop and a Kafka pioneer.

      Requirements:
      - 5+ years of experience with Python
      - Solid SQL skills
      - Experience with Docker

      Nice to have:
      - Kubernetes
      - Apache Spark

      What we offer
      - Health insurance, 401k and a Docker conference budget
      - Learning budget for AWS certifications

      We are an equal opportunity employer and do not discriminate on the basis of religion.
      """;

  @Test
  void marksRequirementsSectionRequiredAndNiceToHavePreferred() {
    Extraction e = extractor().extract(AD);
    assertThat(skill(e, "t:python").requirement()).isEqualTo(Requirement.REQUIRED);
    assertThat(skill(e, "t:sql").requirement()).isEqualTo(Requirement.REQUIRED);
    assertThat(skill(e, "t:docker").requirement()).isEqualTo(Requirement.REQUIRED);
    assertThat(skill(e, "t:k8s").requirement()).isEqualTo(Requirement.PREFERRED);
    assertThat(skill(e, "t:spark").requirement()).isEqualTo(Requirement.PREFERRED);
  }

  @Test
  void benefitsAboutUsAndEqualOpportunityTextYieldNoSkills() {
    Extraction e = extractor().extract(AD);
    assertThat(e.skills())
        .extracting(ExtractedSkill::id)
        .doesNotContain("t:kafka", "t:aws", "e:insurance", "e:religion");
    assertThat(skill(e, "t:docker").mentions()).hasSize(1);
    assertThat(skill(e, "t:python").mentions()).hasSize(1);
  }

  @Test
  void theSentencesReadAreTheOnesNotSkippedWithOffsetsIntoTheText() {
    Extraction e = extractor().extract(AD);
    var read = e.sentences().stream().map(s -> AD.substring(s.start(), s.end()).strip()).toList();
    assertThat(read)
        .containsExactly(
            "Senior Data Engineer",
            "Requirements:",
            "5+ years of experience with Python",
            "Solid SQL skills",
            "Experience with Docker",
            "Nice to have:",
            "Kubernetes",
            "Apache Spark")
        .noneMatch(s -> s.contains("Kafka") || s.contains("Health insurance"))
        .noneMatch(s -> s.contains("AWS") || s.contains("equal opportunity"));
    for (int i = 1; i < e.sentences().size(); i++) {
      assertThat(e.sentences().get(i).start())
          .isGreaterThanOrEqualTo(e.sentences().get(i - 1).end());
    }
  }

  @Test
  void benefitsAndEqualOpportunitySentencesYieldNoSkillsWithoutHeadings() {
    String text =
        "We offer health insurance and a 401k plan. We are an Equal Opportunity Employer: all"
            + " applicants are considered without regard to race, religion or disability.";
    Extraction e = extractor().extract(text);
    assertThat(e.skills()).isEmpty();
    assertThat(e.sentences()).isEmpty();
    assertThat(e.warnings()).contains("no skills recognised");
  }

  @Test
  void ranksRequiredAbovePreferredAbovePlainMentions() {
    Extraction e = extractor().extract(AD);
    assertThat(skill(e, "t:python").weight()).isGreaterThan(skill(e, "t:k8s").weight());
    double mentioned =
        extractor().extract("Our team uses Kubernetes daily.").skills().get(0).weight();
    assertThat(skill(e, "t:k8s").weight()).isGreaterThan(mentioned);
  }

  @Test
  void sentenceCuesOverrideTheSection() {
    Extraction e = extractor().extract("Docker is required. Kubernetes is a plus.");
    assertThat(skill(e, "t:docker").requirement()).isEqualTo(Requirement.REQUIRED);
    assertThat(skill(e, "t:k8s").requirement()).isEqualTo(Requirement.PREFERRED);
  }

  @Test
  void plainDescriptionsMarkEverythingMentioned() {
    Extraction e =
        extractor()
            .extract(
                "This course introduces Python for data analysis. Learners build models with"
                    + " machine learning libraries and query data with SQL.");
    assertThat(e.skills()).extracting(ExtractedSkill::id).contains("t:python", "e:ml", "t:sql");
    assertThat(e.skills())
        .allSatisfy(s -> assertThat(s.requirement()).isEqualTo(Requirement.MENTIONED));
  }

  @Test
  void attachesMinimumYearsToTheSkill() {
    Extraction e =
        extractor()
            .extract(
                "At least three years' experience with SQL. 5+ years of Java and Python."
                    + " Kubernetes (2+ years). 3-5 yrs experience in Docker. Knowledge of React.");
    assertThat(skill(e, "t:sql").minYears()).isEqualTo(3);
    assertThat(skill(e, "t:java").minYears()).isEqualTo(5);
    assertThat(skill(e, "t:python").minYears()).isEqualTo(5);
    assertThat(skill(e, "t:k8s").minYears()).isEqualTo(2);
    assertThat(skill(e, "t:docker").minYears()).isEqualTo(3);
    assertThat(skill(e, "t:react").minYears()).isNull();
    assertThat(skill(e, "t:sql").requirement()).isEqualTo(Requirement.REQUIRED);
  }

  @Test
  void repetitionRaisesTheWeight() {
    double once = skill(extractor().extract("We use Docker."), "t:docker").weight();
    double thrice =
        skill(extractor().extract("We use Docker. Docker images. Docker everywhere."), "t:docker")
            .weight();
    assertThat(thrice).isGreaterThan(once);
  }

  @Test
  void aShortLineEndingInAnEllipsisIsAHeadingLikeOneEndingInAColon() {
    String ad =
        """
        What you'll work on
        Our Python services.
        Skills & experiences exciting to us\u2026
        Experience with Docker
        And more...
        Kubernetes
        """;
    Extraction e = extractor().extract(ad);
    assertThat(skill(e, "t:python").requirement()).isEqualTo(Requirement.MENTIONED);
    assertThat(skill(e, "t:docker").requirement()).isEqualTo(Requirement.REQUIRED);
    // "And more..." names no section: what follows is merely mentioned again
    assertThat(skill(e, "t:k8s").requirement()).isEqualTo(Requirement.MENTIONED);
    // a long sentence trailing off is no heading
    Extraction trailing =
        extractor()
            .extract(
                "Skills:\nDocker\nWe like many things and we will tell you more later...\nKubernetes");
    assertThat(skill(trailing, "t:k8s").requirement()).isEqualTo(Requirement.REQUIRED);
  }
}
