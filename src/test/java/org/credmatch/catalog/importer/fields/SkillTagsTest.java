package org.credmatch.catalog.importer.fields;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SkillTagsTest {

  @Test
  void dedupesTagsIgnoringCaseKeepingTheFirstSpelling() {
    var split =
        SkillTags.split(
            List.of("Risk Management", "Access Control", "risk management", " Risk  Management "));
    assertThat(split.tags()).containsExactly("Risk Management", "Access Control");
    assertThat(split.prose()).isEmpty();
  }

  @Test
  void stripsBulletsAndDropsEmptyTags() {
    assertThat(SkillTags.split(List.of("•\tWrite unit testing using Jest", " ", "")).tags())
        .containsExactly("Write unit testing using Jest");
  }

  @Test
  void setsSentenceLikeEntriesAsideAsProse() {
    String outcome =
        "Identify and account for debt and equity investments in the financial statements of a firm";
    var split = SkillTags.split(List.of("Accounting", outcome));
    assertThat(split.tags()).containsExactly("Accounting");
    assertThat(split.prose()).containsExactly(outcome);
  }

  @Test
  void splitsDelimitedCells() {
    assertThat(SkillTags.split("SQL; Data analysis; sql", ";").tags())
        .containsExactly("SQL", "Data analysis");
    assertThat(SkillTags.split(null, ";").tags()).isEmpty();
  }
}
