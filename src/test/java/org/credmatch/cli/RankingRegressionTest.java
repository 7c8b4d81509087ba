package org.credmatch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.credmatch.eval.ranking.JobPosting;
import org.credmatch.eval.ranking.Judgments;
import org.credmatch.eval.ranking.RankingEvaluator;
import org.credmatch.eval.ranking.RankingRegression;
import org.credmatch.eval.ranking.RankingReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Re-runs the ranking evaluations pinned in regressions/ranking-dev.json (the postings the settings
 * were chosen on) and regressions/ranking-holdout.json (postings judged after, not tuned on) on the
 * default catalog, checks that docs/evaluation.md shows both tables, and that the dev figures meet
 * the targets (nDCG@10 at least 0.80 and 0.15 above the baseline; the held-out ones the
 * margin).
 */
class RankingRegressionTest {

  @TempDir Path dir;

  @Test
  void rankingFiguresOnJudgedDevPostingsMatchTheRegressionFile() throws Exception {
    RankingReport report = check("/regressions/ranking-dev.json");
    // the targets, on the postings the settings are chosen on
    assertThat(report.credmatch().ndcg10()).as("dev nDCG@10 target").isGreaterThanOrEqualTo(0.80);
    assertThat(report.credmatch().ndcg10() - report.baseline().ndcg10())
        .as("dev margin over the BM25 baseline")
        .isGreaterThanOrEqualTo(0.15);
  }

  @Test
  void rankingFiguresOnHeldOutPostingsMatchTheRegressionFile() throws Exception {
    RankingReport report = check("/regressions/ranking-holdout.json");
    assertThat(report.credmatch().ndcg10() - report.baseline().ndcg10())
        .as("held-out margin over the BM25 baseline")
        .isGreaterThanOrEqualTo(0.15);
  }

  private RankingReport check(String resource) throws Exception {
    RankingRegression pinned;
    try (InputStream in = getClass().getResourceAsStream(resource)) {
      pinned = RankingRegression.read(in);
    }
    Path shared = Path.of(System.getProperty("credmatch.shared", "../shared/data"));
    Path postings =
        shared.resolve("skillspan").resolve(Path.of(pinned.postings().path()).getFileName());
    assumeTrue(
        Files.isRegularFile(postings),
        "../shared/data absent: skipping the ranking regression (" + postings + ")");
    assertThat(org.credmatch.ner.DataFile.sha256(postings))
        .as("postings checksum")
        .isEqualTo(pinned.postings().sha256());
    Path judgments = Path.of(pinned.judgments().path());
    assertThat(org.credmatch.ner.DataFile.sha256(judgments))
        .as("judgments checksum")
        .isEqualTo(pinned.judgments().sha256());

    var quiet = new PrintStream(PrintStream.nullOutputStream());
    try (Engine engine = Engine.open(new Engine.Options(dir, null, null), quiet)) {
      var selected =
          RankingEvalCommand.select(
              JobPosting.read(postings), pinned.skipPerSource(), pinned.perSource());
      RankingReport report =
          new RankingEvaluator(engine.recommender()).evaluate(selected, Judgments.read(judgments));
      assertThat(pinned.check(report))
          .allSatisfy(o -> assertThat(o.ok()).as(o.toString()).isTrue());
      assertThat(Files.readString(Path.of("docs/evaluation.md")))
          .as("docs/evaluation.md shows the pinned table")
          .contains(report.table().strip());
      return report;
    }
  }
}
