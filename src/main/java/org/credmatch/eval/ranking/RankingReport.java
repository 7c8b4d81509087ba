package org.credmatch.eval.ranking;

import java.util.List;
import java.util.Locale;

/**
 * Figures of one ranking evaluation. Immutable.
 *
 * @param postings how many postings were evaluated
 * @param withoutRelevant judged postings left out because no judged program is relevant to them
 * @param credmatch CredMatch's figures
 * @param baseline the BM25 bag-of-words baseline's figures
 * @param perPosting per-posting nDCG@10 of both systems
 */
public record RankingReport(
    int postings,
    int withoutRelevant,
    SystemScores credmatch,
    SystemScores baseline,
    List<PostingRow> perPosting) {

  /**
   * Mean figures of one system.
   *
   * @param ndcg10 mean nDCG@10
   * @param p5 mean precision at 5 (grade >= 2 counts as relevant)
   * @param coverage5 mean share of the ad's required skills taught by the top 5 together
   * @param judged10 mean share of the top 10 that was judged (below 1: re-pool and judge)
   */
  public record SystemScores(double ndcg10, double p5, double coverage5, double judged10) {}

  /**
   * One posting's figures.
   *
   * @param posting posting key
   * @param credmatch CredMatch's nDCG@10
   * @param baseline the baseline's nDCG@10
   */
  public record PostingRow(String posting, double credmatch, double baseline) {}

  /** A small plain-text table. */
  public String table() {
    return String.format(
        Locale.ROOT,
        "postings: %d%s%n%-10s %8s %6s %11s %9s%n%-10s %8.4f %6.4f %11.4f %9.4f%n%-10s %8.4f %6.4f %11.4f %9.4f%n",
        postings,
        withoutRelevant == 0
            ? ""
            : " (and " + withoutRelevant + " left out: no judged program is relevant to them)",
        "system",
        "nDCG@10",
        "P@5",
        "coverage@5",
        "judged@10",
        "credmatch",
        credmatch.ndcg10(),
        credmatch.p5(),
        credmatch.coverage5(),
        credmatch.judged10(),
        "baseline",
        baseline.ndcg10(),
        baseline.p5(),
        baseline.coverage5(),
        baseline.judged10());
  }
}
