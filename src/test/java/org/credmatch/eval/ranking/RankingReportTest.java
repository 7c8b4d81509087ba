package org.credmatch.eval.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RankingReportTest {

  static final RankingReport.SystemScores SCORES = new RankingReport.SystemScores(0.5, 0.4, 0.3, 1);

  @Test
  void aPostingWithOnlyIrrelevantJudgmentsCannotRankAnySystem() {
    assertThat(RankingEvaluator.hasRelevant(Map.of("a", 0, "b", 0))).isFalse();
    assertThat(RankingEvaluator.hasRelevant(Map.of("a", 0, "b", 1))).isTrue();
  }

  @Test
  void tableSaysHowManyPostingsWereLeftOutOnlyWhenThereAreSome() {
    var none = new RankingReport(40, 0, SCORES, SCORES, List.of());
    assertThat(none.table()).startsWith("postings: 40\n");
    var some = new RankingReport(17, 1, SCORES, SCORES, List.of());
    assertThat(some.table())
        .startsWith("postings: 17 (and 1 left out: no judged program is relevant to them)\n");
  }
}
