package org.credmatch.eval.ranking;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Ranking metrics over graded judgments; unjudged results count as grade 0. Stateless. */
final class Metrics {

  private Metrics() {}

  /**
   * nDCG@k with gain 2^grade - 1 and log2 discount; the ideal ranking uses every judged program.
   */
  static double ndcg(List<String> ranked, Map<String, Integer> grades, int k) {
    double dcg = 0;
    for (int i = 0; i < Math.min(k, ranked.size()); i++) {
      dcg += gain(grades.getOrDefault(ranked.get(i), 0)) / log2(i + 2);
    }
    List<Integer> ideal = grades.values().stream().sorted(Comparator.reverseOrder()).toList();
    double idcg = 0;
    for (int i = 0; i < Math.min(k, ideal.size()); i++) {
      idcg += gain(ideal.get(i)) / log2(i + 2);
    }
    return idcg == 0 ? 0 : dcg / idcg;
  }

  /**
   * Share of the first k results graded at least {@code minGrade} (missing places count as misses).
   */
  static double precision(List<String> ranked, Map<String, Integer> grades, int k, int minGrade) {
    long hits =
        ranked.stream().limit(k).filter(id -> grades.getOrDefault(id, 0) >= minGrade).count();
    return (double) hits / k;
  }

  /** Share of the first k results that were judged at all. */
  static double judgedShare(List<String> ranked, Map<String, Integer> grades, int k) {
    long judged = ranked.stream().limit(k).filter(grades::containsKey).count();
    return ranked.isEmpty() ? 0 : (double) judged / Math.min(k, ranked.size());
  }

  private static double gain(int grade) {
    return Math.pow(2, grade) - 1;
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}
