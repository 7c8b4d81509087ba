package org.credmatch.eval.ranking;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.credmatch.catalog.Credential;
import org.credmatch.catalog.CredentialSkill;
import org.credmatch.search.Filters;
import org.credmatch.search.RankedCredential;
import org.credmatch.search.Recommendation;
import org.credmatch.search.RecommendationRequest;
import org.credmatch.search.Recommender;
import org.credmatch.skills.ExtractedSkill;
import org.credmatch.skills.Requirement;

/**
 * Evaluates CredMatch's ranking and the BM25 bag-of-words baseline on judged postings: nDCG@10, P@5
 * and required-skill coverage of the top 5. Thread-safe if the recommender is.
 */
public final class RankingEvaluator {

  static final int DEPTH = 10;

  private final Recommender recommender;

  public RankingEvaluator(Recommender recommender) {
    this.recommender = recommender;
  }

  /** The two systems' top results for one posting. */
  record Runs(List<Credential> credmatch, List<Credential> baseline, Set<String> requiredSkills) {}

  Runs run(JobPosting posting, int depth) throws IOException {
    Recommendation r = recommender.recommend(RecommendationRequest.of(posting.text(), depth));
    List<Credential> ours = r.results().stream().map(RankedCredential::credential).toList();
    List<Credential> base = recommender.baseline(posting.text(), Filters.NONE, depth);
    return new Runs(ours, base, requiredSkillIds(r.skills()));
  }

  public RankingReport evaluate(List<JobPosting> postings, Judgments judgments) throws IOException {
    List<double[]> ours = new ArrayList<>();
    List<double[]> base = new ArrayList<>();
    List<RankingReport.PostingRow> rows = new ArrayList<>();
    int withoutRelevant = 0;
    for (JobPosting p : postings) {
      if (!judgments.judged(p.key())) {
        continue;
      }
      Map<String, Integer> grades = judgments.gradesFor(p.key());
      if (!hasRelevant(grades)) {
        withoutRelevant++;
        continue;
      }
      Runs runs = run(p, DEPTH);
      double[] o = scores(runs.credmatch(), grades, runs.requiredSkills());
      double[] b = scores(runs.baseline(), grades, runs.requiredSkills());
      ours.add(o);
      base.add(b);
      rows.add(new RankingReport.PostingRow(p.key(), round(o[0]), round(b[0])));
    }
    return new RankingReport(rows.size(), withoutRelevant, mean(ours), mean(base), rows);
  }

  /**
   * Whether any judged program is relevant at all (grade above 0). A posting without one cannot
   * tell systems apart (its nDCG is 0 for every ranking), so it is left out of the means, as
   * trec_eval leaves out topics without relevant documents; the report counts it.
   */
  static boolean hasRelevant(Map<String, Integer> grades) {
    return grades.values().stream().anyMatch(g -> g > 0);
  }

  private static double[] scores(
      List<Credential> ranked, Map<String, Integer> grades, Set<String> required) {
    List<String> ids = ranked.stream().map(Credential::id).toList();
    return new double[] {
      Metrics.ndcg(ids, grades, DEPTH),
      Metrics.precision(ids, grades, 5, 2),
      coverage(ranked.stream().limit(5).toList(), required),
      Metrics.judgedShare(ids, grades, DEPTH)
    };
  }

  /** Share of the required skill ids taught by at least one of the programs. */
  static double coverage(List<Credential> programs, Set<String> required) {
    if (required.isEmpty()) {
      return 0;
    }
    Set<String> taught = new HashSet<>();
    programs.forEach(
        c ->
            c.skills().stream()
                .map(CredentialSkill::id)
                .filter(Objects::nonNull)
                .forEach(taught::add));
    return (double) required.stream().filter(taught::contains).count() / required.size();
  }

  /** The ids of the required skills, or of every linked skill when none is marked required. */
  static Set<String> requiredSkillIds(List<ExtractedSkill> skills) {
    Set<String> required = new HashSet<>();
    skills.stream()
        .filter(s -> s.id() != null && s.requirement() == Requirement.REQUIRED)
        .forEach(s -> required.add(s.id()));
    if (required.isEmpty()) {
      skills.stream().filter(s -> s.id() != null).forEach(s -> required.add(s.id()));
    }
    return required;
  }

  private static RankingReport.SystemScores mean(List<double[]> rows) {
    double[] sum = new double[4];
    rows.forEach(
        r -> {
          for (int i = 0; i < 4; i++) {
            sum[i] += r[i];
          }
        });
    int n = Math.max(1, rows.size());
    return new RankingReport.SystemScores(
        round(sum[0] / n), round(sum[1] / n), round(sum[2] / n), round(sum[3] / n));
  }

  static double round(double v) {
    return Math.round(v * 10000) / 10000.0;
  }
}
