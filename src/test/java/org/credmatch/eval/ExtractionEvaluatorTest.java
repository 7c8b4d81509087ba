package org.credmatch.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.credmatch.ner.AnnotatedSentence;
import org.credmatch.ner.SkillSpan;
import org.credmatch.ner.SkillSpan.Kind;
import org.junit.jupiter.api.Test;

class ExtractionEvaluatorTest {

  private static final List<String> TOKENS =
      List.of("You", "know", "Java", "and", "work", "in", "a", "team", ".");

  private static SkillSpan skill(int start, int end) {
    return new SkillSpan(start, end, Kind.SKILL, 1.0);
  }

  private static SkillSpan knowledge(int start, int end) {
    return new SkillSpan(start, end, Kind.KNOWLEDGE, 1.0);
  }

  private static ExtractionReport evaluate(
      List<AnnotatedSentence> sentences, boolean postings, Map<List<String>, List<SkillSpan>> out) {
    EvaluationData data = new EvaluationData(List.of(), sentences, postings);
    return new ExtractionEvaluator().evaluate(data, tokens -> out.getOrDefault(tokens, List.of()));
  }

  @Test
  void scoresStrictAndOverlapSeparately() {
    var gold = new AnnotatedSentence("p1", TOKENS, List.of(knowledge(2, 3), skill(4, 8)));
    var report =
        evaluate(List.of(gold), false, Map.of(TOKENS, List.of(knowledge(2, 3), skill(4, 6))));

    assertThat(report.scores(Matching.STRICT, Scope.SKILL)).isEqualTo(new Scores(0, 1, 1));
    assertThat(report.scores(Matching.OVERLAP, Scope.SKILL)).isEqualTo(new Scores(1, 1, 1));
    assertThat(report.scores(Matching.STRICT, Scope.BOTH)).isEqualTo(new Scores(1, 2, 2));
    assertThat(report.scores(Matching.OVERLAP, Scope.BOTH).f1()).isEqualTo(1.0);
    assertThat(report.scores(Matching.STRICT, Scope.BOTH).f1()).isEqualTo(0.5);
  }

  @Test
  void wrongKindIsBothFalsePositiveAndFalseNegative() {
    var gold = new AnnotatedSentence("p1", TOKENS, List.of(knowledge(2, 3)));
    var report = evaluate(List.of(gold), false, Map.of(TOKENS, List.of(skill(2, 3))));

    assertThat(report.scores(Matching.OVERLAP, Scope.SKILL)).isEqualTo(new Scores(0, 1, 0));
    assertThat(report.scores(Matching.OVERLAP, Scope.KNOWLEDGE)).isEqualTo(new Scores(0, 0, 1));
    assertThat(report.scores(Matching.OVERLAP, Scope.BOTH).f1()).isZero();
  }

  @Test
  void nestedGoldLayersAreMatchedOnTheirOwn() {
    // SkillSpan's layers overlap: "Java" is KNOWLEDGE inside the SKILL "know Java".
    var gold = new AnnotatedSentence("p1", TOKENS, List.of(skill(1, 3), knowledge(2, 3)));
    var report = evaluate(List.of(gold), false, Map.of(TOKENS, List.of(skill(1, 3))));

    assertThat(report.scores(Matching.STRICT, Scope.SKILL)).isEqualTo(new Scores(1, 1, 1));
    assertThat(report.scores(Matching.STRICT, Scope.KNOWLEDGE)).isEqualTo(new Scores(0, 0, 1));
  }

  @Test
  void postingLevelComparesNormalisedStringSetsPerPosting() {
    List<String> other = List.of("Java", "!", "Scrum");
    var first = new AnnotatedSentence("p1", TOKENS, List.of(knowledge(2, 3), skill(4, 8)));
    var second = new AnnotatedSentence("p2", other, List.of(knowledge(0, 1), knowledge(2, 3)));
    var report =
        evaluate(
            List.of(first, second),
            true,
            Map.of(TOKENS, List.of(knowledge(2, 3), skill(4, 6)), other, List.of(skill(0, 2))));

    PostingScores postings = report.postings().orElseThrow();
    // p1: predicted {java, work in} vs gold {java, work in a team}: P 1/2, R 1/2.
    // p2: predicted {java} ("Java !" loses its trailing punctuation) vs {java, scrum}: P 1, R 1/2.
    assertThat(postings.postings()).isEqualTo(2);
    assertThat(postings.precision()).isCloseTo(0.75, within(1e-9));
    assertThat(postings.recall()).isCloseTo(0.5, within(1e-9));
  }

  @Test
  void postingWithoutPredictionsIsLeftOutOfPrecision() {
    var first = new AnnotatedSentence("p1", TOKENS, List.of(knowledge(2, 3)));
    var second = new AnnotatedSentence("p2", List.of("Scrum"), List.of(knowledge(0, 1)));
    var report = evaluate(List.of(first, second), true, Map.of(TOKENS, List.of(knowledge(2, 3))));

    PostingScores postings = report.postings().orElseThrow();
    assertThat(postings.withPredictions()).isEqualTo(1);
    assertThat(postings.precision()).isEqualTo(1.0);
    assertThat(postings.recall()).isEqualTo(0.5);
  }

  @Test
  void conllDataHasNoPostingFigures() {
    var gold = new AnnotatedSentence("dev.conll", TOKENS, List.of(knowledge(2, 3)));

    assertThat(evaluate(List.of(gold), false, Map.of()).postings()).isEmpty();
  }

  @Test
  void warnsAndSkipsSpansOutsideTheSentence() {
    var gold = new AnnotatedSentence("p1", TOKENS, List.of(knowledge(2, 3)));
    var report = evaluate(List.of(gold), false, Map.of(TOKENS, List.of(knowledge(8, 12))));

    assertThat(report.scores(Matching.STRICT, Scope.BOTH).predicted()).isZero();
    assertThat(report.warnings()).anyMatch(w -> w.contains("outside a 9-token sentence"));
  }

  @Test
  void figuresUseStableKeys() {
    var gold = new AnnotatedSentence("p1", TOKENS, List.of(knowledge(2, 3)));
    var report = evaluate(List.of(gold), true, Map.of(TOKENS, List.of(knowledge(2, 3))));

    assertThat(report.figures())
        .containsEntry("strict.KNOWLEDGE.f1", 1.0)
        .containsEntry("overlap.BOTH.precision", 1.0)
        .containsEntry("posting.recall", 1.0)
        .hasSize(21);
  }
}
