package org.credmatch.catalog.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credmatch.catalog.importer.Fixtures.parsed;

import java.io.IOException;
import java.util.List;
import org.credmatch.catalog.Cost;
import org.credmatch.catalog.CredentialType;
import org.credmatch.catalog.Delivery;
import org.credmatch.catalog.Duration;
import org.credmatch.catalog.Level;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class Edx2021FormatTest {

  private List<SourceRecord> records;

  @BeforeEach
  void read() throws IOException {
    records = Fixtures.read(new Edx2021Format(), "edx-2021-sample.csv");
  }

  @Test
  void readsEveryFactOfACourse() {
    var c = parsed(records.get(0)).credential();
    assertThat(c.id()).isEqualTo("edx:how-to-learn-online");
    assertThat(c.title()).isEqualTo("How to Learn Online");
    assertThat(c.provider()).isEqualTo("edX");
    assertThat(c.type()).isEqualTo(CredentialType.COURSE);
    assertThat(c.level()).isEqualTo(Level.BEGINNER);
    assertThat(c.duration()).isEqualTo(new Duration(5.0, "2 Weeks, 2–3 hours per week"));
    assertThat(c.effort()).isEqualTo("2–3 hours per week");
    assertThat(c.cost()).isEqualTo(new Cost(0.0, "USD", true, 49.0));
    assertThat(c.delivery())
        .isEqualTo(new Delivery(Delivery.Mode.ONLINE, Delivery.Pacing.SELF_PACED));
    assertThat(c.language()).isEqualTo("en");
    assertThat(c.subject()).isEqualTo("Education & Teacher Training");
    assertThat(parsed(records.get(0)).warnings()).isEmpty();
  }

  @Test
  void readsInstructorLedCoursesInOtherLanguages() {
    var c = parsed(records.get(1)).credential();
    assertThat(c.delivery().pacing()).isEqualTo(Delivery.Pacing.INSTRUCTOR_LED);
    assertThat(c.language()).isEqualTo("es");
    assertThat(c.subject()).isEqualTo("Medicine");
    assertThat(c.duration().hours()).isEqualTo(20.0); // 4 weeks x 5 h (4–6 hours per week)
  }

  @Test
  void readsQuotedTitlesAndHandsAllProseOver() {
    var nutrition = parsed(records.get(2));
    assertThat(nutrition.credential().title()).isEqualTo("Nutrition, Exercise and Sports");
    assertThat(nutrition.prose())
        .contains("Synthetic summary line 1")
        .contains("Synthetic description line 1")
        .contains("Synthetic syllabus line 1");
    assertThat(nutrition.declaredTags()).isEmpty();
  }

  @Test
  void keepsBothCopiesOfTheRepeatedSourceRowForTheImporterToJudge() {
    assertThat(records).extracting(SourceRecord::line).containsExactly(2L, 3L, 4L, 5L, 6L);
    assertThat(parsed(records.get(3)).credential().id())
        .isEqualTo("edx:introduction-to-probability");
    assertThat(parsed(records.get(4)).credential().id())
        .isEqualTo("edx:introduction-to-probability");
  }
}
