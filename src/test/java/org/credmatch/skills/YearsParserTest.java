package org.credmatch.skills;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class YearsParserTest {

  private static Integer yearsFor(String sentence, String skill) {
    int start = sentence.indexOf(skill);
    List<YearsParser.Years> phrases = YearsParser.parse(sentence);
    return YearsParser.minYearsFor(sentence, phrases, start, start + skill.length());
  }

  @Test
  void readsDigitsWordsRangesAndPlus() {
    assertThat(yearsFor("5+ years of Java", "Java")).isEqualTo(5);
    assertThat(yearsFor("at least three years' experience with SQL", "SQL")).isEqualTo(3);
    assertThat(yearsFor("3-5 years of experience in Python", "Python")).isEqualTo(3);
    assertThat(yearsFor("minimum of two (2) years hands-on Docker", "Docker")).isEqualTo(2);
    assertThat(yearsFor("Ten years’ professional experience using Excel", "Excel")).isEqualTo(10);
  }

  @Test
  void readsYearsWrittenAfterTheSkill() {
    assertThat(yearsFor("Kubernetes (4+ years)", "Kubernetes")).isEqualTo(4);
    assertThat(yearsFor("SQL: 3 years", "SQL")).isEqualTo(3);
  }

  @Test
  void ignoresYearsThatAreNotExperience() {
    assertThat(yearsFor("Founded 20 years ago, we use Java", "Java")).isNull();
    assertThat(yearsFor("Within 2 years you will lead our Kafka work", "Kafka")).isNull();
  }

  @Test
  void stopsAtTheEndOfTheClause() {
    String s = "5 years of experience with Java; Docker is nice";
    assertThat(yearsFor(s, "Java")).isEqualTo(5);
    assertThat(yearsFor(s, "Docker")).isNull();
  }
}
