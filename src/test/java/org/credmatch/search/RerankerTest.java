package org.credmatch.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class RerankerTest {

  private static final Codes.Dictionary WORDS = new Codes.Dictionary();

  private static final Reranker RERANKER =
      new Reranker(new RankingConfig.Rerank(0.3, 0.7, 0.02, 0.1, 0.85, 0));

  /** Random programs over small vocabularies, so that near-duplicates and score ties are common. */
  private static List<Candidate> candidates(long seed, int n) {
    Random random = new Random(seed);
    List<Candidate> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Set<String> skills = words(random, "s", 12, random.nextInt(6));
      Set<String> title = words(random, "t", 8, 1 + random.nextInt(4));
      double score = random.nextInt(20) / 20.0; // ties on purpose
      out.add(candidate(String.format("c%03d", i), title, skills, score));
    }
    return out;
  }

  private static Set<String> words(Random random, String prefix, int vocabulary, int count) {
    Set<String> out = new HashSet<>();
    while (out.size() < count) {
      out.add(prefix + random.nextInt(vocabulary));
    }
    return Set.copyOf(out);
  }

  /** The textbook MMR: every pick compares every remaining candidate with every picked one. */
  private static List<Candidate> naiveMmr(
      List<Candidate> candidates, int diversify, double lambda) {
    return naiveMmr(candidates, diversify, lambda, 0);
  }

  /** The textbook MMR, similarities under {@code floor} counted 0. */
  private static List<Candidate> naiveMmr(
      List<Candidate> candidates, int diversify, double lambda, double floor) {
    List<Candidate> pool = new ArrayList<>(candidates);
    pool.sort(Reranker.BY_SCORE);
    List<Candidate> out = new ArrayList<>();
    while (!pool.isEmpty() && out.size() < diversify) {
      int best = 0;
      double bestValue = Double.NEGATIVE_INFINITY;
      for (int i = 0; i < pool.size(); i++) {
        double max = 0;
        for (Candidate chosen : out) {
          double similarity = naiveSimilarity(pool.get(i), chosen);
          max = Math.max(max, similarity < floor ? 0 : similarity);
        }
        double value = lambda * pool.get(i).score() - (1 - lambda) * max;
        if (value > bestValue) {
          best = i;
          bestValue = value;
        }
      }
      out.add(pool.remove(best));
    }
    out.addAll(pool);
    return out;
  }

  private static double naiveSimilarity(Candidate a, Candidate b) {
    return (naiveJaccard(a.skillKeys(), b.skillKeys())
            + naiveJaccard(a.titleWords(), b.titleWords()))
        / 2;
  }

  private static double naiveJaccard(Codes codesA, Codes codesB) {
    Set<Integer> a = codesA.stream().boxed().collect(java.util.stream.Collectors.toSet());
    Set<Integer> b = codesB.stream().boxed().collect(java.util.stream.Collectors.toSet());
    Set<Integer> union = new HashSet<>(a);
    union.addAll(b);
    Set<Integer> both = new HashSet<>(a);
    both.retainAll(b);
    return union.isEmpty() ? 0 : (double) both.size() / union.size();
  }

  @Property(tries = 200)
  void ordersLikeTheTextbookMmr(
      @ForAll long seed,
      @ForAll @IntRange(min = 0, max = 60) int n,
      @ForAll @IntRange(min = 0, max = 70) int diversify) {
    List<Candidate> candidates = candidates(seed, n);
    assertThat(RERANKER.order(candidates, diversify))
        .containsExactlyElementsOf(naiveMmr(candidates, diversify, 0.85));
  }

  @Property(tries = 200)
  void ordersLikeTheTextbookMmrWithANearDuplicateFloor(
      @ForAll long seed,
      @ForAll @IntRange(min = 0, max = 60) int n,
      @ForAll @IntRange(min = 0, max = 70) int diversify) {
    Reranker floored = new Reranker(new RankingConfig.Rerank(0.3, 0.7, 0.02, 0.1, 0.8, 0.5));
    List<Candidate> candidates = candidates(seed, n);
    assertThat(floored.order(candidates, diversify))
        .containsExactlyElementsOf(naiveMmr(candidates, diversify, 0.8, 0.5));
  }

  @Test
  void onlyNearDuplicatesArePushedDownAboveTheFloor() {
    Reranker floored = new Reranker(new RankingConfig.Rerank(0.3, 0.7, 0.02, 0.1, 0.85, 0.7));
    Candidate pm = candidate("a", Set.of("project", "management"), Set.of("s1", "s2", "s3"), 0.9);
    // shares two title words and two skills (similarity 0.58): a different program
    Candidate agile =
        candidate("b", Set.of("agile", "project", "management"), Set.of("s1", "s2", "s4"), 0.88);
    // part II of the first (similarity 0.83): pushed below the weaker third program
    Candidate pmAgain =
        candidate("c", Set.of("project", "management", "ii"), Set.of("s1", "s2", "s3"), 0.87);
    Candidate risk = candidate("d", Set.of("risk"), Set.of("s5"), 0.8);
    assertThat(floored.order(List.of(risk, pmAgain, agile, pm), 4))
        .extracting(c -> c.credential().id())
        .containsExactly("a", "b", "d", "c");
    assertThat(RERANKER.order(List.of(risk, pmAgain, agile, pm), 4))
        .extracting(c -> c.credential().id())
        .as("without the floor, the related program is pushed down too")
        .containsExactly("a", "d", "b", "c");
  }

  private static Candidate candidate(
      String id, Set<String> titleWords, Set<String> skills, double score) {
    return new Candidate(
        SearchFixtures.course(id, String.join(" ", titleWords)),
        Codes.of(titleWords, WORDS),
        Codes.of(skills, WORDS),
        score,
        Set.of(),
        0,
        0,
        score);
  }

  @Test
  void pushesANearDuplicateBelowADifferentProgram() {
    Candidate sql = candidate("a", Set.of("sql", "basics"), Set.of("s1", "s2"), 0.9);
    Candidate sqlAgain = candidate("b", Set.of("sql", "basics", "ii"), Set.of("s1", "s2"), 0.88);
    Candidate python = candidate("c", Set.of("python"), Set.of("s3"), 0.85);
    assertThat(RERANKER.order(List.of(sqlAgain, python, sql), 3))
        .extracting(c -> c.credential().id())
        .containsExactly("a", "c", "b");
  }

  /** Equal weights, no level fit, no diversity: the bare geometric mean. */
  private static final Reranker EVEN =
      new Reranker(new RankingConfig.Rerank(0.5, 0.5, 0.02, 0.0, 1.0, 0));

  @Test
  void aBalancedProgramBeatsOneThatOnlyMatchesOrOnlyCovers() {
    // A sum would score all three 0.5: the product asks for both.
    assertThat(EVEN.combine(0.5, 0.5, 0)).isGreaterThan(EVEN.combine(0.0, 1.0, 0));
    assertThat(EVEN.combine(0.5, 0.5, 0)).isGreaterThan(EVEN.combine(1.0, 0.0, 0));
  }

  @Test
  void fullMarksScoreOneAndNoCoverageStillRanksByRetrieval() {
    assertThat(RERANKER.combine(1, 1, 1))
        .isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(RERANKER.combine(0, 0.9, 0.6)).isGreaterThan(RERANKER.combine(0, 0.5, 0.6));
    assertThat(RERANKER.combine(0, 0.5, 0.6)).isPositive();
  }

  @Test
  void levelFitScalesTheScoreBetweenItsFloorAndOne() {
    double none = RERANKER.combine(0.4, 0.7, 0);
    double full = RERANKER.combine(0.4, 0.7, 1);
    assertThat(none / full).isCloseTo(1 / 1.1, org.assertj.core.data.Offset.offset(1e-12));
  }

  @Property(tries = 300)
  void scoresStayInTheUnitIntervalAndRiseWithEachInput(
      @ForAll @net.jqwik.api.constraints.DoubleRange(min = 0, max = 1) double coverage,
      @ForAll @net.jqwik.api.constraints.DoubleRange(min = 0, max = 1) double retrieval,
      @ForAll @net.jqwik.api.constraints.DoubleRange(min = 0, max = 1) double fit,
      @ForAll @net.jqwik.api.constraints.DoubleRange(min = 0, max = 0.5) double more) {
    double score = RERANKER.combine(coverage, retrieval, fit);
    assertThat(score).isGreaterThan(0).isLessThanOrEqualTo(1.0 + 1e-12);
    assertThat(RERANKER.combine(Math.min(1, coverage + more), retrieval, fit))
        .isGreaterThanOrEqualTo(score);
    assertThat(RERANKER.combine(coverage, Math.min(1, retrieval + more), fit))
        .isGreaterThanOrEqualTo(score);
    assertThat(RERANKER.combine(coverage, retrieval, Math.min(1, fit + more)))
        .isGreaterThanOrEqualTo(score);
  }

  @Test
  void rejectsWeightsThatCannotMakeAScore() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> new RankingConfig.Rerank(0, 0, 0.02, 0.1, 0.9, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cannot both be 0");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> new RankingConfig.Rerank(0.3, 0.7, 0, 0.1, 0.9, 0))
        .hasMessageContaining("smoothing");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> new RankingConfig.Rerank(-0.3, 0.7, 0.02, 0.1, 0.9, 0))
        .hasMessageContaining("at least 0");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> new RankingConfig.Rerank(0.3, 0.7, 0.02, Double.NaN, 0.9, 0))
        .hasMessageContaining("at least 0");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> new RankingConfig.Rerank(0.3, 0.7, 0.02, 0.1, 1.5, 0))
        .hasMessageContaining("mmrLambda");
  }
}
