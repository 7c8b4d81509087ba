package org.credmatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.credmatch.search.RankedCredential;
import org.credmatch.search.Recommendation;
import org.credmatch.search.RecommendationRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fixture catalog -> index built on first open -> real extractor -> exact expected ids. */
class EndToEndRankingTest {

  @TempDir static Path dir;
  static Engine engine;

  @BeforeAll
  static void open() throws Exception {
    Path catalog = Path.of(EndToEndRankingTest.class.getResource("/e2e/catalog.jsonl").toURI());
    var quiet = new PrintStream(PrintStream.nullOutputStream());
    engine = Engine.open(new Engine.Options(dir, null, catalog), quiet);
  }

  @AfterAll
  static void close() {
    engine.close();
  }

  private static String ad() throws Exception {
    return Files.readString(
        Path.of(EndToEndRankingTest.class.getResource("/e2e/data-analyst-ad.txt").toURI()),
        StandardCharsets.UTF_8);
  }

  private static List<String> ids(Recommendation r) {
    return r.results().stream().map(c -> c.credential().id()).toList();
  }

  @Test
  void ranksDataAnalystProgramsForDataAnalystAd() throws Exception {
    Recommendation r = engine.recommender().recommend(RecommendationRequest.of(ad(), 5));
    assertThat(ids(r))
        .containsExactly(
            "e2e:data-analyst-cert",
            "e2e:python-cleaning",
            "e2e:tableau-viz",
            "e2e:excel-dashboards",
            "e2e:power-bi");
  }

  @Test
  void theEnginesSpanModelLoadsWhenFirstUsedAndReadsAsTheEagerlyLoadedOne() throws Exception {
    String ad;
    try (var in = getClass().getResourceAsStream("/skills/ad-600-words.md")) {
      ad = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    var eager = Extractors.load(engine.taxonomy(), new PrintStream(PrintStream.nullOutputStream()));
    var full = engine.extractor().extract(ad);
    assertThat(full).isEqualTo(eager.extract(ad));
    assertThat(full.skills()).anyMatch(s -> s.source() == org.credmatch.skills.Source.MODEL);
  }

  @Test
  void findsTheAdsSkillsAndIgnoresBenefits() throws Exception {
    Recommendation r = engine.recommender().recommend(RecommendationRequest.of(ad(), 5));
    assertThat(r.skills())
        .extracting(s -> s.label())
        .contains("SQL", "Microsoft Excel", "Tableau", "Python (computer programming)")
        .noneMatch(l -> l.toLowerCase().contains("insurance"));
  }

  @Test
  void stackCoversTheRequiredSkillsWithTheCertificate() throws Exception {
    Recommendation r = engine.recommender().recommend(RecommendationRequest.of(ad(), 5));
    assertThat(r.stack().credentialIds()).startsWith("e2e:data-analyst-cert");
    assertThat(r.stack().uncovered())
        .extracting(Recommendation.SkillRef::label)
        .doesNotContain("SQL", "Tableau");
  }

  @Test
  void explainsWhereTheAdAskedForEachCoveredSkill() throws Exception {
    Recommendation r = engine.recommender().recommend(RecommendationRequest.of(ad(), 1));
    RankedCredential top = r.results().get(0);
    assertThat(top.covered())
        .anySatisfy(
            c -> {
              assertThat(c.label()).isEqualTo("Tableau");
              assertThat(c.evidence()).contains("dashboards in Tableau");
            });
  }

  @Test
  void ranksJavaCourseFirstForJavaAdAndNeverWatercolour() throws Exception {
    String ad =
        "Junior Java developer. Requirements: Java, object-oriented design. Nice to have: React.";
    Recommendation r = engine.recommender().recommend(RecommendationRequest.of(ad, 9));
    assertThat(ids(r).get(0)).isEqualTo("e2e:java-basics");
    assertThat(ids(r)).doesNotContain("e2e:watercolour");
  }

  @Test
  void reopensTheBuiltIndexWithoutRebuilding() throws IOException {
    Path generation = engine.index().generation();
    var quiet = new PrintStream(PrintStream.nullOutputStream());
    try (var again =
        Engine.openOrBuildIndex(new Engine.Options(dir, null, fixture()), engine.config(), quiet)) {
      assertThat(again.generation()).isEqualTo(generation);
    }
  }

  private static Path fixture() {
    try {
      return Path.of(EndToEndRankingTest.class.getResource("/e2e/catalog.jsonl").toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
