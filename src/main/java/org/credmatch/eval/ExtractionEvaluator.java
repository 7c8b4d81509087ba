package org.credmatch.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.credmatch.ner.AnnotatedSentence;
import org.credmatch.ner.SkillSpan;
import org.credmatch.taxonomy.Taxonomy;

/**
 * Scores a {@link SpanTagger} against SkillSpan gold: strict and overlap span precision, recall and
 * F1 for SKILL, KNOWLEDGE and both pooled, plus skill-level figures per posting (see {@link
 * SpanMatcher} and {@link PostingScores} for the definitions). Stateless and thread-safe; each call
 * tags on the calling thread.
 */
public final class ExtractionEvaluator {

  /** Tags every sentence of {@code data} and compares with its gold spans. */
  public ExtractionReport evaluate(EvaluationData data, SpanTagger tagger) {
    Map<Matching, Map<Scope, Scores>> scores = emptyScores();
    Map<String, Set<String>> goldSkills = new TreeMap<>();
    Map<String, Set<String>> predictedSkills = new TreeMap<>();
    List<String> warnings = new ArrayList<>();
    long nanos = 0;
    for (AnnotatedSentence sentence : data.sentences()) {
      long start = System.nanoTime();
      List<SkillSpan> raw = tagger.tag(sentence.tokens());
      nanos += System.nanoTime() - start;
      List<SkillSpan> predicted = valid(raw, sentence.tokens().size(), warnings);
      count(sentence, predicted, scores);
      collect(sentence, sentence.spans(), goldSkills);
      collect(sentence, predicted, predictedSkills);
    }
    Optional<PostingScores> postings =
        data.hasPostings()
            ? Optional.of(postingScores(goldSkills, predictedSkills))
            : Optional.empty();
    warnIfEmpty(scores, warnings);
    return new ExtractionReport(
        data.files(), data.sentences().size(), data.tokens(), scores, postings, nanos, warnings);
  }

  private static Map<Matching, Map<Scope, Scores>> emptyScores() {
    Map<Matching, Map<Scope, Scores>> scores = new EnumMap<>(Matching.class);
    for (Matching m : Matching.values()) {
      Map<Scope, Scores> byScope = new EnumMap<>(Scope.class);
      for (Scope s : Scope.values()) {
        byScope.put(s, Scores.ZERO);
      }
      scores.put(m, byScope);
    }
    return scores;
  }

  private static List<SkillSpan> valid(List<SkillSpan> spans, int length, List<String> warnings) {
    List<SkillSpan> valid = new ArrayList<>(spans.size());
    for (SkillSpan s : spans) {
      if (s.start() >= 0 && s.start() < s.end() && s.end() <= length) {
        valid.add(s);
      } else if (warnings.size() < 10) {
        warnings.add(
            "ignored span [%d, %d) outside a %d-token sentence"
                .formatted(s.start(), s.end(), length));
      }
    }
    return valid;
  }

  private static void count(
      AnnotatedSentence sentence,
      List<SkillSpan> predicted,
      Map<Matching, Map<Scope, Scores>> scores) {
    for (SkillSpan.Kind kind : SkillSpan.Kind.values()) {
      List<SkillSpan> gold = sentence.spans(kind);
      List<SkillSpan> pred = predicted.stream().filter(s -> s.kind() == kind).toList();
      Scope scope = Scope.valueOf(kind.name());
      add(
          scores,
          Matching.STRICT,
          scope,
          new Scores(SpanMatcher.strict(gold, pred), pred.size(), gold.size()));
      add(
          scores,
          Matching.OVERLAP,
          scope,
          new Scores(SpanMatcher.overlap(gold, pred), pred.size(), gold.size()));
    }
  }

  private static void add(
      Map<Matching, Map<Scope, Scores>> scores, Matching m, Scope scope, Scores delta) {
    scores.get(m).merge(scope, delta, Scores::plus);
    scores.get(m).merge(Scope.BOTH, delta, Scores::plus);
  }

  private static void collect(
      AnnotatedSentence sentence, List<SkillSpan> spans, Map<String, Set<String>> byPosting) {
    Set<String> skills = byPosting.computeIfAbsent(sentence.document(), d -> new TreeSet<>());
    for (SkillSpan s : spans) {
      String text = skillKey(sentence.tokens().subList(s.start(), s.end()));
      if (!text.isEmpty()) {
        skills.add(text);
      }
    }
  }

  /** The posting-level identity of a span: its tokens joined by spaces, then normalised. */
  static String skillKey(List<String> tokens) {
    return Taxonomy.normalize(String.join(" ", tokens)).strip();
  }

  private static PostingScores postingScores(
      Map<String, Set<String>> gold, Map<String, Set<String>> predicted) {
    double precisionSum = 0;
    double recallSum = 0;
    int withPredictions = 0;
    int withGold = 0;
    for (Map.Entry<String, Set<String>> posting : gold.entrySet()) {
      Set<String> g = posting.getValue();
      Set<String> p = predicted.getOrDefault(posting.getKey(), Set.of());
      long hits = p.stream().filter(g::contains).count();
      if (!p.isEmpty()) {
        precisionSum += (double) hits / p.size();
        withPredictions++;
      }
      if (!g.isEmpty()) {
        recallSum += (double) hits / g.size();
        withGold++;
      }
    }
    return new PostingScores(
        gold.size(),
        withPredictions == 0 ? 0 : precisionSum / withPredictions,
        withGold == 0 ? 0 : recallSum / withGold,
        withPredictions,
        withGold);
  }

  private static void warnIfEmpty(Map<Matching, Map<Scope, Scores>> scores, List<String> warnings) {
    Scores both = scores.get(Matching.STRICT).get(Scope.BOTH);
    if (both.gold() == 0) {
      warnings.add("the data has no gold span: recall is undefined and shown as 0");
    }
    if (both.predicted() == 0) {
      warnings.add("the tagger found no span: precision is undefined and shown as 0");
    }
  }
}
