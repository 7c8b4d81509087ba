package org.credmatch.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.credmatch.eval.ranking.AssessorAgreement;
import org.credmatch.eval.ranking.JobPosting;
import org.credmatch.eval.ranking.JudgingPool;
import org.credmatch.eval.ranking.Judgments;
import org.credmatch.eval.ranking.RankingEvaluator;
import org.credmatch.eval.ranking.RankingRegression;
import org.credmatch.eval.ranking.RankingReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code credmatch eval ranking}: nDCG@10, P@5 and coverage for CredMatch and the BM25 baseline.
 */
@Command(
    name = "ranking",
    mixinStandardHelpOptions = true,
    description = {
      "Evaluate the ranking on judged SkillSpan postings against a BM25 bag-of-words baseline.",
      "Postings: --per-source postings of each source (house, tech) in idx order, after the"
          + " first --skip-per-source of each."
    })
final class RankingEvalCommand implements Callable<Integer> {

  @Mixin EngineOptions engine;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--postings",
      defaultValue = "../shared/data/skillspan/postings_dev.json",
      description = "SkillSpan postings JSON lines (default: ${DEFAULT-VALUE}).")
  Path postings;

  @Option(
      names = "--per-source",
      defaultValue = "20",
      description = "Postings taken from each source (default: ${DEFAULT-VALUE}).")
  int perSource;

  @Option(
      names = "--skip-per-source",
      defaultValue = "0",
      description =
          "Postings of each source passed over first (default: ${DEFAULT-VALUE}; 20 selects the"
              + " held-out postings after the dev set).")
  int skipPerSource;

  @Option(
      names = "--judgments",
      defaultValue = "eval/ranking/judgments.tsv",
      description = "Graded judgments TSV (default: ${DEFAULT-VALUE}).")
  Path judgments;

  @Option(
      names = "--pool-out",
      paramLabel = "FILE",
      description =
          "Instead of evaluating, write the unjudged pooled results to FILE (Markdown) for assessors.")
  Path poolOut;

  @Option(
      names = "--per-posting",
      description = "Also print each posting's nDCG@10 for both systems.")
  boolean perPosting;

  @Option(
      names = "--check",
      paramLabel = "FILE",
      description =
          "Compare with the figures pinned in a regression file: OK/FAIL per figure, exit 1 on any FAIL.")
  Path check;

  @Option(
      names = "--second-assessor",
      paramLabel = "FILE",
      description =
          "A TSV of pairs graded again by another assessor (posting, credential, grade,"
              + " second_grade): print how far the two agree, then the figures with the second"
              + " grades in place of the judgments' (eval/ranking/agreement-dev.tsv).")
  Path secondAssessor;

  @Option(
      names = "--save",
      paramLabel = "FILE",
      description = "Write the figures as a regression file (data checksums, command, figures).")
  Path save;

  @Override
  public Integer call() throws Exception {
    if (secondAssessor != null && (save != null || check != null || poolOut != null)) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(),
          "--second-assessor changes the judgments: it cannot be combined with --save or"
              + " --check, which pin the figures of the judgments file, nor with --pool-out");
    }
    List<JobPosting> selected = select(JobPosting.read(postings), skipPerSource, perSource);
    Judgments existing = Files.exists(judgments) ? Judgments.read(judgments) : Judgments.empty();
    try (Engine e = Engine.open(engine.toOptions(), System.err)) {
      var evaluator = new RankingEvaluator(e.recommender());
      if (poolOut != null) {
        try (var out = new PrintWriter(Files.newBufferedWriter(poolOut, StandardCharsets.UTF_8))) {
          int pairs = new JudgingPool(evaluator).write(selected, existing, 10, out);
          System.out.printf(
              "Wrote %d unjudged (posting, program) pairs for %d postings to %s%n",
              pairs, selected.size(), poolOut);
        }
        return 0;
      }
      if (secondAssessor != null) {
        Judgments second = Judgments.read(secondAssessor, 3);
        System.out.print(AssessorAgreement.of(Judgments.read(secondAssessor), second).table());
        existing = existing.overriddenBy(second);
        System.out.println("figures with the second assessor's grades:");
      }
      RankingReport report = evaluator.evaluate(selected, existing);
      System.out.print(report.table());
      if (save != null) {
        regression(report).write(save);
        System.out.println("Saved the figures to " + save);
      }
      if (check != null) {
        return check(report);
      }
      if (perPosting) {
        report
            .perPosting()
            .forEach(
                r ->
                    System.out.printf(
                        "%-10s %.4f %.4f%n", r.posting(), r.credmatch(), r.baseline()));
      }
      return 0;
    }
  }

  private RankingRegression regression(RankingReport report) throws java.io.IOException {
    return new RankingRegression(
        "credmatch eval ranking --postings "
            + postings
            + (skipPerSource > 0 ? " --skip-per-source " + skipPerSource : "")
            + " --per-source "
            + perSource
            + " --judgments "
            + judgments,
        new RankingRegression.DataRef(
            postings.toString(), org.credmatch.ner.DataFile.sha256(postings)),
        perSource,
        skipPerSource,
        new RankingRegression.DataRef(
            judgments.toString(), org.credmatch.ner.DataFile.sha256(judgments)),
        0.005,
        RankingRegression.figures(report));
  }

  private int check(RankingReport report) throws java.io.IOException {
    RankingRegression pinned;
    try (var in = Files.newInputStream(check)) {
      pinned = RankingRegression.read(in);
    }
    boolean ok = true;
    for (var o : pinned.check(report)) {
      System.out.printf(
          "%-4s %-22s expected %.4f actual %.4f%n",
          o.ok() ? "OK" : "FAIL", o.name(), o.expected(), o.actual());
      ok &= o.ok();
    }
    return ok ? 0 : 1;
  }

  /**
   * Up to {@code perSource} postings of each source after its first {@code skip}, in the file's
   * (source, idx) order.
   */
  static List<JobPosting> select(List<JobPosting> all, int skip, int perSource) {
    List<JobPosting> out = new ArrayList<>();
    var counts = new java.util.HashMap<String, Integer>();
    for (JobPosting p : all) {
      String source = p.key().substring(0, p.key().lastIndexOf('-'));
      int n = counts.merge(source, 1, Integer::sum);
      if (n > skip && n <= skip + perSource) {
        out.add(p);
      }
    }
    return out;
  }
}
