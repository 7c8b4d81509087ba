package org.credmatch.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.credmatch.index.CatalogIndex;
import org.credmatch.index.ConfigFiles;
import org.credmatch.skills.Requirement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SkillQueryTest {

  @TempDir static Path dir;
  static CatalogIndex index;
  static SkillQuery queries;

  @BeforeAll
  static void build() throws IOException {
    index = SearchFixtures.index(dir);
    queries = new SkillQuery(index, RankingConfig.load(ConfigFiles.packaged()).retrieval());
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  private static String query(AdSkill skill) {
    return queries.build(List.of(skill), null, 0, Filters.NONE).toString();
  }

  @Test
  void aLinkedSkillMatchesItsIdAndTitlesButNotTheLabelTextItsIdStandsFor() {
    String q =
        query(
            new AdSkill(
                "esco:data-analysis", "data analysis", Requirement.REQUIRED, 1, null, null));
    assertThat(q)
        .contains("skill_ids:esco:data-analysis")
        .contains("title:\"data analysi\"")
        .doesNotContain("skill_labels:");
  }

  @Test
  void anUnlinkedSkillMatchesTheLabelText() {
    String q = query(new AdSkill(null, "data wrangling", Requirement.REQUIRED, 1, null, null));
    assertThat(q).contains("skill_labels:\"data wrangl\"").doesNotContain("skill_ids:");
  }
}
