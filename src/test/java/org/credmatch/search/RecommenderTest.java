package org.credmatch.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.credmatch.index.CatalogIndex;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecommenderTest {

  static final String DATA_ANALYST =
      "Junior Data Analyst. You will build dashboards in Tableau and Excel, query data with SQL "
          + "and automate reports in Python. Nice to have: statistics.";

  @TempDir static Path dir;
  static CatalogIndex index;
  static Recommender recommender;

  @BeforeAll
  static void build() throws IOException {
    index = SearchFixtures.index(dir);
    recommender = SearchFixtures.recommender(index);
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  private static List<String> ids(Recommendation r) {
    return r.results().stream().map(c -> c.credential().id()).toList();
  }

  @Test
  void ranksBroadAnalystCertificateFirstForDataAnalystAd() throws IOException {
    Recommendation r = recommender.recommend(RecommendationRequest.of(DATA_ANALYST, 5));
    assertThat(ids(r).get(0)).isEqualTo("fx:analyst-cert");
    assertThat(ids(r)).doesNotContain("fx:watercolour");
  }

  @Test
  void ranksSqlCourseAboveWatercolourForDataAnalystAd() throws IOException {
    Recommendation r = recommender.recommend(RecommendationRequest.of(DATA_ANALYST, 11));
    assertThat(ids(r)).contains("fx:sql-basics").doesNotContain("fx:watercolour");
  }

  @Test
  void isDeterministic() throws IOException {
    var a = recommender.recommend(RecommendationRequest.of(DATA_ANALYST, 10));
    var b = recommender.recommend(RecommendationRequest.of(DATA_ANALYST, 10));
    assertThat(a).isEqualTo(b);
  }

  @Test
  void explainsCoveredAndMissingRequiredSkills() throws IOException {
    Recommendation r = recommender.recommend(RecommendationRequest.of(DATA_ANALYST, 10));
    RankedCredential sql =
        r.results().stream()
            .filter(c -> c.credential().id().equals("fx:sql-basics"))
            .findFirst()
            .orElseThrow();
    assertThat(sql.covered())
        .extracting(Recommendation.CoveredSkill::id)
        .containsExactly("skill:sql");
    assertThat(sql.covered().get(0).evidence()).contains("SQL");
    assertThat(sql.missingRequired())
        .extracting(Recommendation.SkillRef::id)
        .contains("skill:tableau", "skill:excel", "skill:python", "skill:dashboards")
        .doesNotContain("skill:statistics");
    assertThat(sql.why().summary()).contains("teaches 1 of the 6 skills asked for");
  }

  @Test
  void pushesNearDuplicateBelowDifferentProgram() throws IOException {
    String sqlAd = "We need SQL and Excel.";
    List<String> ranked = ids(recommender.recommend(RecommendationRequest.of(sqlAd, 4)));
    int first = ranked.indexOf("fx:sql-basics");
    int twin = ranked.indexOf("fx:sql-basics-2");
    assertThat(first).isGreaterThanOrEqualTo(0);
    assertThat(ranked.subList(first + 1, twin < 0 ? ranked.size() : twin)).isNotEmpty();
  }

  @Test
  void stackCoversAllRequiredSkillsWithOneBroadProgram() throws IOException {
    Recommendation r = recommender.recommend(RecommendationRequest.of(DATA_ANALYST, 5));
    assertThat(r.stack().credentialIds()).containsExactly("fx:analyst-cert");
    assertThat(r.stack().uncovered()).isEmpty();
    assertThat(r.stack().totalHours()).isEqualTo(180.0);
  }

  @Test
  void stackRespectsCostLimitWithFreeAndCheapPrograms() throws IOException {
    var request =
        new RecommendationRequest(
            DATA_ANALYST, null, Filters.NONE, new StackLimits(null, 150.0, null, false), 5, 0);
    Recommendation.Stack stack = recommender.recommend(request).stack();
    assertThat(stack.credentialIds()).doesNotContain("fx:analyst-cert");
    assertThat(stack.totalCost()).isLessThanOrEqualTo(150.0);
    assertThat(stack.credentialIds()).contains("fx:excel-dash");
  }

  @Test
  void freeFilterKeepsOnlyFreePrograms() throws IOException {
    var filters = new Filters(null, true, null, null, null, null, null, null);
    var r =
        recommender.recommend(new RecommendationRequest(DATA_ANALYST, null, filters, null, 10, 0));
    assertThat(r.results()).isNotEmpty().allMatch(c -> c.credential().cost().free());
  }

  @Test
  void levelAndTypeFiltersNarrowResults() throws IOException {
    var filters =
        new Filters(
            null,
            null,
            null,
            null,
            List.of("intermediate"),
            null,
            List.of("course", "specialization"),
            null);
    var r =
        recommender.recommend(new RecommendationRequest(DATA_ANALYST, null, filters, null, 10, 0));
    assertThat(ids(r)).containsExactlyInAnyOrder("fx:sql-basics-2", "fx:tableau", "fx:stats");
  }

  @Test
  void maxHoursFilterExcludesLongAndUnknownDurations() throws IOException {
    var filters = new Filters(null, null, 30.0, null, null, null, null, null);
    var r =
        recommender.recommend(new RecommendationRequest(DATA_ANALYST, null, filters, null, 10, 0));
    assertThat(r.results())
        .isNotEmpty()
        .allMatch(
            c ->
                c.credential().duration().hours() != null
                    && c.credential().duration().hours() <= 30);
  }

  @Test
  void resumeSkillsAreSubtractedFromTheTarget() throws IOException {
    var request =
        new RecommendationRequest(
            DATA_ANALYST, "I write SQL and Python every day.", null, null, 5, 0);
    Recommendation r = recommender.recommend(request);
    assertThat(r.skills()).extracting(s -> s.id()).doesNotContain("skill:sql", "skill:python");
    assertThat(r.gap().alreadyHeld())
        .extracting(Recommendation.CoveredSkill::id)
        .containsExactlyInAnyOrder("skill:sql", "skill:python");
  }

  @Test
  void countsFacetsOverRankedPrograms() throws IOException {
    Recommendation r = recommender.recommend(RecommendationRequest.of(DATA_ANALYST, 3));
    int total = r.facets().get("provider").values().stream().mapToInt(Integer::intValue).sum();
    assertThat(total).isEqualTo(r.total());
    assertThat(r.facets().get("cost")).containsKey("free");
  }

  @Test
  void pagesWithOffset() throws IOException {
    var all = ids(recommender.recommend(RecommendationRequest.of(DATA_ANALYST, 6)));
    var second =
        recommender.recommend(new RecommendationRequest(DATA_ANALYST, null, null, null, 3, 3));
    assertThat(ids(second)).isEqualTo(all.subList(3, 6));
    assertThat(second.results().get(0).rank()).isEqualTo(4);
  }

  @Test
  void warnsWhenNoSkillsAreRecognised() throws IOException {
    Recommendation r =
        recommender.recommend(RecommendationRequest.of("We are a friendly bakery.", 5));
    assertThat(r.warnings()).anyMatch(w -> w.contains("no skills recognised"));
  }

  @Test
  void baselineRanksByWordsOfTheAd() throws IOException {
    var base = recommender.baseline("watercolour painting", Filters.NONE, 3);
    assertThat(base.get(0).id()).isEqualTo("fx:watercolour");
  }
}
