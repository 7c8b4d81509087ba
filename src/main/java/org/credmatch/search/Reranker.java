package org.credmatch.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.credmatch.catalog.Credential;
import org.credmatch.catalog.Level;

/**
 * Second stage: re-scores first-stage hits by weighted coverage of the ad's skills, retrieval score
 * and level fit ({@link #combine}), then orders them by maximal marginal relevance so
 * near-duplicates are pushed down. Ties are broken by credential id. Immutable; thread-safe.
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
    double score = combine(covered.share(), retrieval, fit);
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
   * The score of a program from its coverage, retrieval and level fit (each in [0, 1]): the
   * weighted geometric mean of coverage and retrieval, each smoothed by {@code smoothing} and
   * scaled back to [0, 1], times a level-fit factor in [1 / (1 + levelFitWeight), 1].
   *
   * <p>A product rather than a sum: a program must both teach the ad's skills and match it well.
   * With a sum, a program that matches one phrase of the ad strongly (a title "User Experience
   * Design" for a backend ad that mentions user experience once) outranked programs teaching what
   * the ad requires, on retrieval alone; a geometric mean rewards balance (coverage and retrieval
   * 0.5 and 0.5 beat 0 and 1 at equal weights). The smoothing keeps a program that covers nothing
   * (an ad with no recognised skill) ranked by its retrieval instead of scoring 0.
   */
  double combine(double coverage, double retrieval, double fit) {
    double e = weights.smoothing();
    double cw = weights.coverageWeight();
    double rw = weights.retrievalWeight();
    double logMean =
        (cw * Math.log((coverage + e) / (1 + e)) + rw * Math.log((retrieval + e) / (1 + e)))
            / (cw + rw);
    double lw = weights.levelFitWeight();
    return Math.exp(logMean) * (1 + lw * fit) / (1 + lw);
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
   * Mean of the Jaccard similarities of the programs' whole skill sets and of their title words, or
   * 0 below {@code nearDuplicateSimilarity}: near-duplicates ("English for Journalists" parts 1 and
   * 2: 0.73) are pushed down, while different programs on the subject the ad asks for
   * (project-management programs of the default catalog: 0.12 to 0.40 alike) are not.
   */
  double similarity(Candidate a, Candidate b) {
    double skills = Codes.jaccard(a.skillKeys(), b.skillKeys());
    double titles = Codes.jaccard(a.titleWords(), b.titleWords());
    double similarity = (skills + titles) / 2;
    return similarity < weights.nearDuplicateSimilarity() ? 0 : similarity;
  }

  static final Comparator<Candidate> BY_SCORE =
      Comparator.comparingDouble(Candidate::score)
          .reversed()
          .thenComparing(c -> c.credential().id());
}
