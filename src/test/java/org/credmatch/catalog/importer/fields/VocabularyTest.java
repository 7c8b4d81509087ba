package org.credmatch.catalog.importer.fields;

import static org.assertj.core.api.Assertions.assertThat;

import org.credmatch.catalog.CredentialType;
import org.credmatch.catalog.Delivery.Mode;
import org.credmatch.catalog.Delivery.Pacing;
import org.credmatch.catalog.Level;
import org.junit.jupiter.api.Test;

class VocabularyTest {

  @Test
  void mapsProviderLevels() {
    assertThat(Vocabulary.level("Introductory")).contains(Level.BEGINNER);
    assertThat(Vocabulary.level("Beginner")).contains(Level.BEGINNER);
    assertThat(Vocabulary.level("Intermediate")).contains(Level.INTERMEDIATE);
    assertThat(Vocabulary.level(" advanced ")).contains(Level.ADVANCED);
    assertThat(Vocabulary.level("Mixed")).contains(Level.MIXED);
    assertThat(Vocabulary.level("All Levels")).contains(Level.MIXED);
    assertThat(Vocabulary.level("Level 9")).isEmpty();
    assertThat(Vocabulary.level(null)).isEmpty();
  }

  @Test
  void mapsCourseraTypesAndCodes() {
    assertThat(Vocabulary.type("Course")).contains(CredentialType.COURSE);
    assertThat(Vocabulary.type("Specialization")).contains(CredentialType.SPECIALIZATION);
    assertThat(Vocabulary.type("Professional Certificate"))
        .contains(CredentialType.PROFESSIONAL_CERTIFICATE);
    assertThat(Vocabulary.type("Guided Project")).contains(CredentialType.GUIDED_PROJECT);
    assertThat(Vocabulary.type("professional-certificate"))
        .contains(CredentialType.PROFESSIONAL_CERTIFICATE);
    assertThat(Vocabulary.type("Webinar")).isEmpty();
  }

  @Test
  void mapsEdxPacing() {
    assertThat(Vocabulary.pacing("Self-paced on your time")).contains(Pacing.SELF_PACED);
    assertThat(Vocabulary.pacing("Instructor-led on a course schedule"))
        .contains(Pacing.INSTRUCTOR_LED);
    assertThat(Vocabulary.pacing("whenever")).isEmpty();
  }

  @Test
  void mapsDeliveryModes() {
    assertThat(Vocabulary.mode("Online")).contains(Mode.ONLINE);
    assertThat(Vocabulary.mode("Blended")).contains(Mode.HYBRID);
    assertThat(Vocabulary.mode("Hybrid (online + campus)")).contains(Mode.HYBRID);
    assertThat(Vocabulary.mode("In-person")).contains(Mode.IN_PERSON);
    assertThat(Vocabulary.mode("On campus")).contains(Mode.IN_PERSON);
    assertThat(Vocabulary.mode("by post")).isEmpty();
  }
}
