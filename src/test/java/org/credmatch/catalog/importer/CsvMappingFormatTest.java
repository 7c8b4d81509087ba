package org.credmatch.catalog.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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

class CsvMappingFormatTest {

  private List<SourceRecord> records;

  @BeforeEach
  void read() throws IOException {
    var mapping = ColumnMapping.load(Fixtures.path("acme-academy-mapping.json"));
    records = Fixtures.read(new CsvMappingFormat(mapping), "acme-academy.csv");
  }

  @Test
  void mapsColumnsValuesAndDefaultsIntoACredential() {
    var sql = parsed(records.get(0));
    var c = sql.credential();
    assertThat(c.id()).isEqualTo("acme:sql-101");
    assertThat(c.title()).isEqualTo("SQL for Analysts");
    assertThat(c.provider()).isEqualTo("Acme Academy");
    assertThat(c.type()).isEqualTo(CredentialType.COURSE);
    assertThat(c.url()).isEqualTo("https://academy.example.org/courses/sql-101");
    assertThat(c.level()).isEqualTo(Level.BEGINNER);
    assertThat(c.duration()).isEqualTo(new Duration(24.0, "6 weeks, 3-5 hours per week"));
    assertThat(c.effort()).isEqualTo("3-5 hours per week");
    assertThat(c.cost()).isEqualTo(new Cost(49.0, "EUR", false, null));
    assertThat(c.delivery())
        .isEqualTo(new Delivery(Delivery.Mode.ONLINE, Delivery.Pacing.SELF_PACED));
    assertThat(c.language()).isEqualTo("en");
    assertThat(c.subject()).isEqualTo("Data");
    assertThat(sql.declaredTags()).containsExactly("SQL", "Data analysis");
    assertThat(sql.prose())
        .isEqualTo(
            "Query \"real\" sales data with SQL.\nBuild reports in a spreadsheet.\n\nWeek 1: SELECT");
  }

  @Test
  void usesTheMappingsHoursPerWeekAndValueMaps() {
    var ml = parsed(records.get(1)).credential();
    assertThat(ml.type()).isEqualTo(CredentialType.PROGRAM);
    assertThat(ml.level()).isEqualTo(Level.ADVANCED);
    assertThat(ml.duration().hours()).isEqualTo(52.0); // 3 months x 52/12 weeks x 4 h
    assertThat(ml.cost()).isEqualTo(new Cost(1200.0, "EUR", false, null));
    assertThat(ml.delivery())
        .isEqualTo(new Delivery(Delivery.Mode.HYBRID, Delivery.Pacing.INSTRUCTOR_LED));
    assertThat(ml.language()).isEqualTo("de");
    assertThat(parsed(records.get(1)).declaredTags()).isEmpty();
  }

  @Test
  void warnsAboutUnreadableSoftValues() {
    var bad = parsed(records.get(2));
    assertThat(bad.line()).isEqualTo(5);
    assertThat(bad.credential().level()).isNull();
    assertThat(bad.warnings())
        .containsExactly(
            "unreadable level 'Level 9'; level left unknown",
            "unreadable price 'call us'; cost left unknown",
            "unreadable language 'Elvish'; language left unknown");
  }

  @Test
  void readsFreeBadgesInMinutes() {
    var git = parsed(records.get(3)).credential();
    assertThat(git.type()).isEqualTo(CredentialType.BADGE);
    assertThat(git.duration()).isEqualTo(new Duration(1.5, "90 minutes"));
    assertThat(git.cost()).isEqualTo(new Cost(0.0, null, true, null));
    assertThat(git.delivery().pacing()).isEqualTo(Delivery.Pacing.SELF_PACED);
  }

  @Test
  void refusesACsvWithoutAMappedColumn() {
    var mapping = ColumnMapping.parse("{\"idPrefix\":\"x\",\"columns\":{\"title\":\"Name\"}}");
    assertThatThrownBy(() -> Fixtures.readText(new CsvMappingFormat(mapping), "Title,Link\na,b\n"))
        .isInstanceOf(CatalogImportException.class)
        .hasMessage("missing columns [Name] in the header");
  }

  @Test
  void derivesIdsFromUrlsWhenNoIdColumnIsMapped() throws IOException {
    var mapping =
        ColumnMapping.parse(
            "{\"idPrefix\":\"acme\",\"columns\":{\"title\":\"Name\",\"url\":\"Link\"},"
                + "\"defaults\":{\"provider\":\"Acme\",\"type\":\"course\"}}");
    var rows =
        Fixtures.readText(
            new CsvMappingFormat(mapping), "Name,Link\nGit,https://academy.example.org/c/git/\n");
    assertThat(parsed(rows.get(0)).credential().id()).isEqualTo("acme:git");
  }
}
