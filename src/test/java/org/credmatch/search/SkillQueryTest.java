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

  @Test
  void rarityComesFromTheIndexsDocumentFrequencyOfTheSkillId() throws IOException {
    var reader = index.searcher().getIndexReader();
    double floor = RankingConfig.load(ConfigFiles.packaged()).retrieval().rarityFloor();
    var terms = org.apache.lucene.index.MultiTerms.getTerms(reader, "skill_ids").iterator();
    int checked = 0;
    for (var t = terms.next(); t != null; t = terms.next()) {
      String id = t.utf8ToString();
      int df = reader.docFreq(new org.apache.lucene.index.Term("skill_ids", id));
      assertThat(queries.rarity(id)).isEqualTo(SkillQuery.rarity(df, index.size(), floor));
      checked++;
    }
    assertThat(checked).isGreaterThan(3);
    assertThat(queries.rarity("esco:no-such-skill"))
        .isEqualTo(SkillQuery.rarity(0, index.size(), floor));
    assertThat(queries.rarity(null)).isEqualTo(1.0);
  }

  @Test
  void looksEachTermUpOnceAndScoresExactlyAsAPlainTermQuery() throws IOException {
    var cached = queries.term("title", "sql");
    assertThat(queries.term("title", "sql").getTermStates()).isSameAs(cached.getTermStates());

    var searcher = index.searcher();
    var plain = new org.apache.lucene.search.TermQuery(cached.getTerm());
    var a = searcher.search(cached, 20).scoreDocs;
    var b = searcher.search(plain, 20).scoreDocs;
    assertThat(a).isNotEmpty().hasSameSizeAs(b);
    for (int i = 0; i < a.length; i++) {
      assertThat(a[i].doc).isEqualTo(b[i].doc);
      assertThat(a[i].score).isEqualTo(b[i].score);
    }
    var whole = queries.bagOfWords("SQL for data analysis with SQL", Filters.NONE);
    assertThat(searcher.search(whole, 20).scoreDocs).isNotEmpty();
  }

  @Test
  void aTermTheIndexLacksMatchesNothing() throws IOException {
    assertThat(index.searcher().search(queries.term("title", "zzzunknown"), 5).scoreDocs).isEmpty();
  }

  @Test
  void theAdsWordsLeaveOutTheStopWordsWhileTheBaselinesBagOfWordsKeepsThem() {
    assertThat(RankingConfig.load(ConfigFiles.packaged()).retrieval().adWordsStopWords())
        .contains("you", "your", "our", "would")
        .doesNotContain("sql", "us");
    String ad = "You\u2019ll love our SQL team: YOUR statistics would shine, you'd grow.";
    assertThat(queries.withoutStopWords(ad))
        .contains("love", "SQL", "team", "statistics", "shine", "grow")
        .doesNotContainIgnoringCase("you")
        .doesNotContain("our ", "would");
    String words = queries.words(ad, 1).toString();
    assertThat(words).contains("title:sql", "title:statist").doesNotContain("title:you");
    assertThat(queries.bagOfWords(ad, Filters.NONE).toString()).contains("title:you");
    String built = queries.build(List.of(), ad, 1, Filters.NONE).toString();
    assertThat(built).contains("title:sql").doesNotContain("title:you");
  }

  @Test
  void withoutStopWordsAWordListIsLeftAsItWas() {
    var shipped = RankingConfig.load(ConfigFiles.packaged()).retrieval();
    var none =
        new RankingConfig.Retrieval(
            shipped.candidates(),
            shipped.skillIdBoost(),
            shipped.titleBoost(),
            shipped.skillLabelBoost(),
            shipped.subjectBoost(),
            shipped.adWordsBoost(),
            shipped.rarityFloor(),
            shipped.adWordsRescoreWindow(),
            java.util.Set.of());
    String ad = "You will love our SQL team.";
    assertThat(new SkillQuery(index, none).withoutStopWords(ad)).isEqualTo(ad);
  }
}
