package org.credmatch.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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

  /** Scores one hit. */
  Candidate score(ProgramFacts program, double retrieval, List<AdSkill> skills, Level adLevel) {
    Credential c = program.credential();
    Set<String> covered = Coverage.covered(program, skills);
    double coverage = Coverage.share(covered, skills);
    double fit = Seniority.fit(adLevel, c.level());
    double score =
        weights.coverageWeight() * coverage
            + weights.retrievalWeight() * retrieval
            + weights.levelFitWeight() * fit;
    return new Candidate(
        c, program.titleWords(), program.skillKeys(), retrieval, covered, coverage, fit, score);
  }

  /**
   * Orders candidates by MMR; the first {@code diversify} places are diversified, the rest by
   * score.
   */
  List<Candidate> order(List<Candidate> candidates, int diversify) {
    List<Candidate> pool = new ArrayList<>(candidates);
    pool.sort(BY_SCORE);
    List<Candidate> out = new ArrayList<>(pool.size());
    while (!pool.isEmpty() && out.size() < diversify) {
      int best = bestByMmr(pool, out);
      out.add(pool.remove(best));
    }
    out.addAll(pool);
    return out;
  }

  private int bestByMmr(List<Candidate> pool, List<Candidate> chosen) {
    int best = 0;
    double bestValue = Double.NEGATIVE_INFINITY;
    double lambda = weights.mmrLambda();
    for (int i = 0; i < pool.size(); i++) {
      Candidate c = pool.get(i);
      if (lambda * c.score() <= bestValue) {
        break; // pool is sorted by score: no later candidate can win
      }
      double value = lambda * c.score() - (1 - lambda) * maxSimilarity(c, chosen);
      if (value > bestValue) {
        best = i;
        bestValue = value;
      }
    }
    return best;
  }

  private static double maxSimilarity(Candidate c, List<Candidate> chosen) {
    double max = 0;
    for (Candidate other : chosen) {
      max = Math.max(max, similarity(c, other));
    }
    return max;
  }

  /**
   * Mean of the Jaccard similarities of the programs' whole skill sets and of their title words:
   * near-duplicates ("SQL Basics", "SQL Basics II") score high, while two different programs that
   * both teach what the ad asks for do not.
   */
  static double similarity(Candidate a, Candidate b) {
    double skills = jaccard(a.skillKeys(), b.skillKeys());
    double titles = jaccard(a.titleWords(), b.titleWords());
    return (skills + titles) / 2;
  }

  private static double jaccard(Set<String> a, Set<String> b) {
    if (a.isEmpty() && b.isEmpty()) {
      return 0;
    }
    Set<String> union = new HashSet<>(a);
    union.addAll(b);
    long both = a.stream().filter(b::contains).count();
    return (double) both / union.size();
  }

  static final Comparator<Candidate> BY_SCORE =
      Comparator.comparingDouble(Candidate::score)
          .reversed()
          .thenComparing(c -> c.credential().id());
}
