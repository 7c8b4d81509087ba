package org.credmatch.eval.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MetricsTest {

  final Map<String, Integer> grades = Map.of("a", 3, "b", 2, "c", 0, "d", 1);

  @Test
  void idealOrderScoresOne() {
    assertThat(Metrics.ndcg(List.of("a", "b", "d", "c"), grades, 10)).isEqualTo(1.0);
  }

  @Test
  void swappedTopTwoLosesTheExpectedAmount() {
    double dcg = 3 / 1.0 + 7 / (Math.log(3) / Math.log(2)) + 1 / 2.0;
    double idcg = 7 / 1.0 + 3 / (Math.log(3) / Math.log(2)) + 1 / 2.0;
    assertThat(Metrics.ndcg(List.of("b", "a", "d"), grades, 10))
        .isCloseTo(dcg / idcg, within(1e-9));
  }

  @Test
  void unjudgedResultsCountAsIrrelevant() {
    assertThat(Metrics.ndcg(List.of("x", "y"), grades, 10)).isZero();
    assertThat(Metrics.judgedShare(List.of("a", "x"), grades, 10)).isEqualTo(0.5);
  }

  @Test
  void precisionCountsGradeTwoAndAboveOverK() {
    assertThat(Metrics.precision(List.of("a", "b", "c", "d"), grades, 5, 2)).isEqualTo(0.4);
  }
}
