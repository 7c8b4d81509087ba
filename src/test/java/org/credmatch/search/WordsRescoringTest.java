package org.credmatch.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.credmatch.index.CatalogIndex;
import org.credmatch.index.ConfigFiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ad's words as a rescoring step over the skills' best hits ({@code adWordsRescoreWindow}). */
class WordsRescoringTest {

  /**
   * "SQL" and "statistics" are skills of the fixture extractor (four programs teach them); "leading
   * teams" matches a program by its title words alone.
   */
  static final String AD = "SQL analyst. Business statistics, leading teams and statistics.";

  @TempDir static Path dir;
  static CatalogIndex index;

  @BeforeAll
  static void build() throws IOException {
    index = SearchFixtures.index(dir);
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  static Recommender recommender(int window) {
    RankingConfig shipped = RankingConfig.load(ConfigFiles.packaged());
    RankingConfig.Retrieval r = shipped.retrieval();
    var retrieval =
        new RankingConfig.Retrieval(
            r.candidates(),
            r.skillIdBoost(),
            r.titleBoost(),
            r.skillLabelBoost(),
            r.subjectBoost(),
            r.adWordsBoost(),
            r.rarityFloor(),
            window,
            r.adWordsStopWords());
    var config =
        new RankingConfig(
            shipped.requirementWeights(),
            shipped.typeWeights(),
            shipped.catalogLabels(),
            shipped.modelSkillWeight(),
            shipped.spanModelForAds(),
            retrieval,
            shipped.rerank(),
            shipped.stack(),
            shipped.limits());
    return new Recommender(index, SearchFixtures.extractor(), config);
  }

  static List<String> ids(Recommendation r) {
    return r.results().stream().map(x -> x.credential().id()).toList();
  }

  @Test
  void aFullPageComesFromProgramsTeachingTheAdsSkills() throws IOException {
    var page = recommender(1000).recommend(RecommendationRequest.of(AD, 3));
    var wordsInQuery = recommender(0).recommend(RecommendationRequest.of(AD, 3));
    assertThat(page.total()).as("candidates: the skills' hits only").isEqualTo(4);
    assertThat(wordsInQuery.total()).as("candidates with the words as clauses").isGreaterThan(4);
    assertThat(page.results())
        .hasSize(3)
        .allSatisfy(
            r ->
                assertThat(r.credential().skills())
                    .anyMatch(
                        s -> s.id().equals("skill:sql") || s.id().equals("skill:statistics")));
  }

  @Test
  void whenTheSkillsMatchTooFewProgramsTheWordsStillFillThePage() throws IOException {
    var page = recommender(1000).recommend(RecommendationRequest.of(AD, 5));
    assertThat(ids(page)).hasSize(5).contains("fx:stats", "fx:leadership");
    assertThat(ids(page)).isEqualTo(ids(recommender(0).recommend(RecommendationRequest.of(AD, 5))));
  }

  @Test
  void rescoringKeepsTheOrderDeterministic() throws IOException {
    var a = recommender(1000).recommend(RecommendationRequest.of(AD, 3));
    var b = recommender(1000).recommend(RecommendationRequest.of(AD, 3));
    assertThat(ids(a)).isEqualTo(ids(b));
  }

  @Test
  void onlyTheSentencesTheExtractorReadLendTheirWords() throws IOException {
    var shipped = RankingConfig.load(ConfigFiles.packaged());
    var all = new Recommender(index, SearchFixtures.extractor(), shipped);
    // the same skills, but the extractor read the first sentence only (as it skips benefits)
    org.credmatch.skills.SkillExtractor firstSentence =
        text -> {
          var found = SearchFixtures.extractor().extract(text);
          return new org.credmatch.skills.Extraction(
              found.skills(),
              found.warnings(),
              List.of(new org.credmatch.skills.Extraction.ReadSentence(0, text.indexOf('.') + 1)));
        };
    var read = new Recommender(index, firstSentence, shipped);

    assertThat(ids(all.recommend(RecommendationRequest.of(AD, 5)))).contains("fx:leadership");
    var page = read.recommend(RecommendationRequest.of(AD, 5));
    assertThat(ids(page)).doesNotContain("fx:leadership");
    assertThat(page.skills()).extracting(s -> s.label()).contains("sql", "statistics");
  }
}
