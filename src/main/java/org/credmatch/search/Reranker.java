package org.credmatch.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.credmatch.catalog.Credential;
import org.credmatch.catalog.Level;

/**
 * Second stage: re-scores first-stage hits by weighted coverage of the ad's skills, retrieval score
 * and level fit, then orders them by maximal marginal relevance so near-duplicates are pushed down.
 * Ties are broken by credential id. Immutable; thread-safe.
 */
final class Reranker {

  private final RankingConfig.Rerank weights;

  Reranker(RankingConfig.Rerank weights) {
    this.weights = weights;
  }

  /** Scores one hit against the ad's skills ({@code coverage}). */
  Candidate score(ProgramFacts program, double retrieval, Coverage coverage, Level adLevel) {
    Credential c = program.credential();
    Coverage.Covered covered = coverage.of(program);
    double fit = Seniority.fit(adLevel, c.level());
    double score =
        weights.coverageWeight() * covered.share()
            + weights.retrievalWeight() * retrieval
            + weights.levelFitWeight() * fit;
    return new Candidate(
        c,
        program.titleWords(),
        program.skillKeys(),
        retrieval,
        covered.keys(),
        covered.share(),
        fit,
        score);
  }

  /**
   * Orders candidates by MMR; the first {@code diversify} places are diversified, the rest by
   * score.
   *
   * <p>Each pick takes the best {@code lambda * score - (1 - lambda) * max similarity to the picked
   * ones}, scanning the pool in score order and stopping once {@code lambda * score} cannot beat
   * the best value found (similarities are not negative). A candidate's maximum similarity is
   * brought up to date only when the scan reaches it, against the programs picked since it was last
   * reached, so no pair is compared twice.
   */
  List<Candidate> order(List<Candidate> candidates, int diversify) {
    List<Candidate> pool = new ArrayList<>(candidates);
    pool.sort(BY_SCORE);
    int n = pool.size();
    double lambda = weights.mmrLambda();
    double[] maxSimilarity = new double[n];
    int[] comparedWith = new int[n]; // how many of out's first programs maxSimilarity covers
    boolean[] taken = new boolean[n];
    List<Candidate> out = new ArrayList<>(n);
    while (out.size() < Math.min(n, diversify)) {
      int best = -1;
      double bestValue = Double.NEGATIVE_INFINITY;
      for (int i = 0; i < n; i++) {
        if (taken[i]) {
          continue;
        }
        Candidate c = pool.get(i);
        if (lambda * c.score() <= bestValue) {
          break; // pool is sorted by score: no later candidate can win
        }
        for (; comparedWith[i] < out.size(); comparedWith[i]++) {
          maxSimilarity[i] = Math.max(maxSimilarity[i], similarity(c, out.get(comparedWith[i])));
        }
        double value = lambda * c.score() - (1 - lambda) * maxSimilarity[i];
        if (value > bestValue) {
          best = i;
          bestValue = value;
        }
      }
      if (best < 0) { // only when scores are NaN: keep score order
        best = firstUntaken(taken);
      }
      taken[best] = true;
      out.add(pool.get(best));
    }
    for (int i = 0; i < n; i++) {
      if (!taken[i]) {
        out.add(pool.get(i));
      }
    }
    return out;
  }

  private static int firstUntaken(boolean[] taken) {
    int i = 0;
    while (taken[i]) {
      i++;
    }
    return i;
  }

  /**
   * Mean of the Jaccard similarities of the programs' whole skill sets and of their title words:
   * near-duplicates ("SQL Basics", "SQL Basics II") score high, while two different programs that
   * both teach what the ad asks for do not.
   */
  static double similarity(Candidate a, Candidate b) {
    double skills = Codes.jaccard(a.skillKeys(), b.skillKeys());
    double titles = Codes.jaccard(a.titleWords(), b.titleWords());
    return (skills + titles) / 2;
  }

  static final Comparator<Candidate> BY_SCORE =
      Comparator.comparingDouble(Candidate::score)
          .reversed()
          .thenComparing(c -> c.credential().id());
}
