package org.credmatch.catalog.importer.fields;

import static org.assertj.core.api.Assertions.assertThat;

import org.credmatch.catalog.Duration;
import org.junit.jupiter.api.Test;

class DurationParserTest {

  @Test
  void readsCourseraTimeBandsAsMidpointTimesWeeklyHours() {
    assertThat(DurationParser.parse("1 - 4 Weeks", 5)).isEqualTo(new Duration(12.5, "1 - 4 Weeks"));
    // 2 months x 52/12 weeks x 5 h = 43.33
    assertThat(DurationParser.parse("1 - 3 Months", 5).hours()).isEqualTo(43.3);
    // 4.5 months x 52/12 weeks x 5 h = 97.5
    assertThat(DurationParser.parse("3 - 6 Months", 5).hours()).isEqualTo(97.5);
    assertThat(DurationParser.parse("3 - 6 Months", 10).hours()).isEqualTo(195.0);
  }

  @Test
  void readsLessThanAsTheRangeFromZero() {
    assertThat(DurationParser.parse("Less Than 2 Hours", 5))
        .isEqualTo(new Duration(1.0, "Less Than 2 Hours"));
  }

  @Test
  void multipliesEdxLengthByTheMidpointOfTheWeeklyEffort() {
    Duration d = DurationParser.parse("7 Weeks", "2–3 hours per week", 5);
    assertThat(d.hours()).isEqualTo(17.5);
    assertThat(d.text()).isEqualTo("7 Weeks, 2–3 hours per week");
    assertThat(DurationParser.parse("12 Weeks", "6–18 hours per week", 5).hours()).isEqualTo(144.0);
  }

  @Test
  void usesTheFallbackWeeklyHoursWhenTheEffortIsUnreadable() {
    assertThat(DurationParser.parse("4 Weeks", "self-directed", 5).hours()).isEqualTo(20.0);
  }

  @Test
  void readsHoursAndMinutesDirectly() {
    assertThat(DurationParser.parse("Approx. 15 hours to complete", 5).hours()).isEqualTo(15.0);
    assertThat(DurationParser.parse("90 minutes", 5).hours()).isEqualTo(1.5);
    assertThat(DurationParser.parse("10 to 12 hrs", 5).hours()).isEqualTo(11.0);
  }

  @Test
  void keepsTheTextButNoHoursWhenTheLengthCannotBeConverted() {
    assertThat(DurationParser.parse("3 days", 5)).isEqualTo(new Duration(null, "3 days"));
    assertThat(DurationParser.parse("self-paced", 5)).isEqualTo(new Duration(null, "self-paced"));
    assertThat(DurationParser.parse("2-4 hours per week", 5).hours()).isNull();
  }

  @Test
  void blankLengthIsUnknown() {
    assertThat(DurationParser.parse("  ", null, 5)).isEqualTo(Duration.UNKNOWN);
    assertThat(DurationParser.parse(null, 5)).isEqualTo(Duration.UNKNOWN);
  }

  @Test
  void readsWeeklyHoursOnlyFromPerWeekEfforts() {
    assertThat(DurationParser.weeklyHours("8–10 hours per week")).contains(9.0);
    assertThat(DurationParser.weeklyHours("3 hours a week")).contains(3.0);
    assertThat(DurationParser.weeklyHours("30 minutes per week")).contains(0.5);
    assertThat(DurationParser.weeklyHours("10 hours")).isEmpty();
  }
}
