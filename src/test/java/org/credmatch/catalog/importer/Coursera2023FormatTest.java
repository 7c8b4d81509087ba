package org.credmatch.catalog.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.credmatch.catalog.importer.Fixtures.parsed;

import java.io.IOException;
import java.util.List;
import org.credmatch.catalog.Cost;
import org.credmatch.catalog.CredentialType;
import org.credmatch.catalog.CredentialValidator;
import org.credmatch.catalog.Delivery;
import org.credmatch.catalog.Duration;
import org.credmatch.catalog.Level;
import org.junit.jupiter.api.Test;

class Coursera2023FormatTest {

  private final List<SourceRecord> records = read("coursera-2023-sample.csv");

  private static List<SourceRecord> read(String name) {
    try {
      return Fixtures.read(new Coursera2023Format(), name);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void readsEveryFactOfASpecialization() {
    var sscp = parsed(records.get(0));
    assertThat(sscp.line()).isEqualTo(2);
    assertThat(sscp.credential().id()).isEqualTo("coursera:specializations:sscp-training");
    assertThat(sscp.credential().title())
        .isEqualTo("(ISC)² Systems Security Certified Practitioner (SSCP)");
    assertThat(sscp.credential().provider()).isEqualTo("ISC2");
    assertThat(sscp.credential().type()).isEqualTo(CredentialType.SPECIALIZATION);
    assertThat(sscp.credential().url())
        .isEqualTo("https://www.coursera.org/specializations/sscp-training");
    assertThat(sscp.credential().level()).isEqualTo(Level.BEGINNER);
    assertThat(sscp.credential().duration()).isEqualTo(new Duration(97.5, "3 - 6 Months"));
    assertThat(sscp.credential().cost()).isEqualTo(Cost.UNKNOWN);
    assertThat(sscp.credential().delivery()).isEqualTo(new Delivery(Delivery.Mode.ONLINE, null));
    assertThat(sscp.credential().language()).isNull();
    assertThat(sscp.credential().skills()).isEmpty();
    assertThat(sscp.errors()).isEmpty();
    assertThat(sscp.warnings()).isEmpty();
  }

  @Test
  void parsesTheSkillsListDedupingIgnoringCase() {
    assertThat(parsed(records.get(0)).declaredTags())
        .containsExactly(
            "Security Software",
            "Risk Management",
            "Access Control",
            "Incident Detection and Response",
            "Cloud Computing Security",
            "Wireless Security",
            "Asset");
    assertThat(parsed(records.get(1)).declaredTags()).contains("Newton'S Method");
  }

  @Test
  void numbersRecordsAfterAMultiLineDescriptionByTheirStartLine() {
    assertThat(records).extracting(SourceRecord::line).containsExactly(2L, 3L, 5L, 6L, 7L, 8L);
  }

  @Test
  void readsGuidedProjectsAndMixedLevels() {
    var project = parsed(records.get(2)).credential();
    assertThat(project.id()).isEqualTo("coursera:projects:analyze-network-traffic-with-tcpdump");
    assertThat(project.type()).isEqualTo(CredentialType.GUIDED_PROJECT);
    assertThat(project.duration()).isEqualTo(new Duration(1.0, "Less Than 2 Hours"));
    assertThat(parsed(records.get(3)).credential().level()).isEqualTo(Level.MIXED);
  }

  @Test
  void givesACourseAndASpecializationWithTheSameSlugDistinctIds() {
    assertThat(parsed(records.get(4)).credential().id()).isEqualTo("coursera:python");
    assertThat(parsed(records.get(5)).credential().id())
        .isEqualTo("coursera:specializations:python");
  }

  @Test
  void handsSummaryAndDescriptionOverAsProseOnly() {
    var project = parsed(records.get(2));
    assertThat(project.prose())
        .contains("Synthetic summary line 1 written for these tests about tcpdump.")
        .contains("Synthetic description line 1");
    assertThat(project.declaredTags()).isEmpty();
    assertThat(parsed(records.get(3)).prose()).contains("Synthetic description line 1");
  }

  @Test
  void reportsMalformedAndInvalidRowsWithoutStopping() {
    var rows = read("coursera-2023-malformed.csv");
    assertThat(rows).extracting(SourceRecord::line).containsExactly(2L, 3L, 4L, 6L, 7L, 8L);
    assertThat(rows.get(1))
        .isEqualTo(
            new SourceRecord.Unreadable(
                3, ImportProblem.Kind.MALFORMED, "expected 13 fields, found 4"));
    assertThat(parsed(rows.get(3)).errors())
        .containsExactly(
            new CredentialValidator.Violation("type", "unknown course_certificate_type 'Webinar'"));
    assertThat(parsed(rows.get(5)).credential().type()).isEqualTo(CredentialType.GUIDED_PROJECT);
  }

  @Test
  void refusesAFileWithoutTheCourseraColumns() {
    assertThatThrownBy(() -> Fixtures.read(new Coursera2023Format(), "edx-2021-sample.csv"))
        .isInstanceOf(CatalogImportException.class)
        .hasMessageContaining("missing columns")
        .hasMessageContaining("course_title");
  }

  @Test
  void buildsIdsFromEveryCourseraCollection() {
    assertThat(Coursera2023Format.courseraId("https://www.coursera.org/learn/crypto"))
        .isEqualTo("coursera:crypto");
    assertThat(
            Coursera2023Format.courseraId(
                "https://www.coursera.org/professional-certificates/google-data-analytics"))
        .isEqualTo("coursera:professional-certificates:google-data-analytics");
    assertThat(Coursera2023Format.courseraId("https://www.coursera.org/")).isNull();
  }
}
