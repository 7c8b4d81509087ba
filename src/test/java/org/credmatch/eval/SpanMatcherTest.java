package org.credmatch.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.credmatch.ner.SkillSpan;
import org.credmatch.ner.SkillSpan.Kind;
import org.junit.jupiter.api.Test;

class SpanMatcherTest {

  private static SkillSpan span(int start, int end) {
    return new SkillSpan(start, end, Kind.SKILL, 1.0);
  }

  @Test
  void strictNeedsSameBoundaries() {
    List<SkillSpan> gold = List.of(span(0, 3), span(5, 6));
    List<SkillSpan> predicted = List.of(span(0, 3), span(4, 6));

    assertThat(SpanMatcher.strict(gold, predicted)).isEqualTo(1);
  }

  @Test
  void overlapAcceptsSharedToken() {
    List<SkillSpan> gold = List.of(span(0, 3), span(5, 6));
    List<SkillSpan> predicted = List.of(span(2, 4), span(4, 6));

    assertThat(SpanMatcher.overlap(gold, predicted)).isEqualTo(2);
  }

  @Test
  void adjacentSpansDoNotOverlap() {
    assertThat(SpanMatcher.overlap(List.of(span(0, 2)), List.of(span(2, 4)))).isZero();
  }

  @Test
  void twoPredictionsInsideOneGoldSpanCountOnce() {
    List<SkillSpan> gold = List.of(span(0, 6));
    List<SkillSpan> predicted = List.of(span(0, 2), span(3, 5));

    assertThat(SpanMatcher.overlap(gold, predicted)).isEqualTo(1);
  }

  @Test
  void onePredictionAcrossTwoGoldSpansCountsOnce() {
    List<SkillSpan> gold = List.of(span(0, 2), span(3, 5));
    List<SkillSpan> predicted = List.of(span(1, 4));

    assertThat(SpanMatcher.overlap(gold, predicted)).isEqualTo(1);
  }

  @Test
  void duplicatePredictionsOfOneGoldSpanMatchOnceStrictly() {
    assertThat(SpanMatcher.strict(List.of(span(1, 3)), List.of(span(1, 3), span(1, 3))))
        .isEqualTo(1);
  }

  @Test
  void overlapMatchingFindsMaximumWhenGreedyOrderMatters() {
    // The long prediction could take the first gold span, leaving the second unmatched; the
    // matching must give the first gold span the short prediction instead.
    List<SkillSpan> gold = List.of(span(0, 4), span(5, 7));
    List<SkillSpan> predicted = List.of(span(3, 6), span(0, 1));

    assertThat(SpanMatcher.overlap(gold, predicted)).isEqualTo(2);
  }
}
