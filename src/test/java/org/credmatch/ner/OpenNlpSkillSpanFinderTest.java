package org.credmatch.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.credmatch.ner.SkillSpan.Kind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OpenNlpSkillSpanFinderTest {

  private static final List<String> PYTHON_AD =
      List.of(
          "You", "have", "strong", "experience", "with", "Python", ",", "SQL", "and", "AWS", ".");

  private static final List<String> TEAM_AD =
      List.of(
          "You",
          "are",
          "able",
          "to",
          "work",
          "independently",
          "and",
          "communicate",
          "with",
          "stakeholders",
          ".");

  private static final List<String> LONG_AD =
      List.of(
          "The",
          "role",
          "involves",
          "maintaining",
          "our",
          "CI",
          "pipelines",
          ",",
          "reviewing",
          "pull",
          "requests",
          "and",
          "mentoring",
          "junior",
          "developers",
          "in",
          "Kubernetes",
          "and",
          "Terraform",
          ".");

  private static OpenNlpSkillSpanFinder finder;

  @BeforeAll
  static void loadCommittedModel() {
    finder = OpenNlpSkillSpanFinder.loadDefault();
  }

  private static List<String> texts(List<String> tokens, List<SkillSpan> spans, Kind kind) {
    return spans.stream()
        .filter(s -> s.kind() == kind)
        .map(s -> String.join(" ", tokens.subList(s.start(), s.end())))
        .toList();
  }

  @Test
  void findsTechnologiesAsKnowledge() {
    List<SkillSpan> spans = finder.find(PYTHON_AD);

    assertThat(texts(PYTHON_AD, spans, Kind.KNOWLEDGE)).contains("Python", "SQL", "AWS");
  }

  @Test
  void findsSoftSkillsAsSkill() {
    List<SkillSpan> spans = finder.find(TEAM_AD);

    assertThat(String.join(" | ", texts(TEAM_AD, spans, Kind.SKILL)))
        .contains("work independently")
        .contains("communicate");
  }

  @Test
  void returnsOrderedNonOverlappingSpansWithProbabilities() {
    List<SkillSpan> spans = finder.find(PYTHON_AD);

    assertThat(spans).isNotEmpty();
    for (int i = 1; i < spans.size(); i++) {
      assertThat(spans.get(i).start()).isGreaterThanOrEqualTo(spans.get(i - 1).end());
    }
    assertThat(spans).allSatisfy(s -> assertThat(s.probability()).isBetween(0.0, 1.0));
  }

  @Test
  void returnsNothingForAnEmptySentence() {
    assertThat(finder.find(List.of())).isEmpty();
  }

  @Test
  void givesTheSameSpansWhenCalledFromManyThreads() throws Exception {
    List<List<String>> sentences = List.of(PYTHON_AD, TEAM_AD);
    List<List<SkillSpan>> expected = sentences.stream().map(finder::find).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<SkillSpan>>> futures = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        List<String> sentence = sentences.get(i % 2);
        futures.add(pool.submit(() -> finder.find(sentence)));
      }
      for (int i = 0; i < futures.size(); i++) {
        assertThat(futures.get(i).get()).isEqualTo(expected.get(i % 2));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void decodesLikeOpenNlpsNameFinderAtOutsideScaleOne() throws IOException {
    TokenNameFinderModel model = committedModel();
    OpenNlpSkillSpanFinder plain = new OpenNlpSkillSpanFinder(model, 1.0);
    NameFinderME reference = new NameFinderME(model);

    for (List<String> sentence : List.of(PYTHON_AD, TEAM_AD, LONG_AD, PYTHON_AD)) {
      Span[] expected = reference.find(sentence.toArray(String[]::new));
      reference.clearAdaptiveData();
      assertThat(plain.find(sentence))
          .map(s -> List.of(s.start(), s.end(), s.kind().name(), s.probability()))
          .containsExactly(
              Arrays.stream(expected)
                  .map(s -> List.<Object>of(s.getStart(), s.getEnd(), s.getType(), s.getProb()))
                  .toArray(List[]::new));
    }
  }

  @Test
  void tagsMoreTokensAsSpansWhenTheOutsideScaleIsLower() throws IOException {
    TokenNameFinderModel model = committedModel();

    assertThat(finder.outsideScale()).isLessThan(1.0);
    assertThat(spanTokens(new OpenNlpSkillSpanFinder(model, 0.8)))
        .isGreaterThan(spanTokens(new OpenNlpSkillSpanFinder(model, 1.0)));
  }

  private static TokenNameFinderModel committedModel() throws IOException {
    try (InputStream in =
        OpenNlpSkillSpanFinder.class.getResourceAsStream(OpenNlpSkillSpanFinder.DEFAULT_RESOURCE)) {
      return new TokenNameFinderModel(in);
    }
  }

  private static int spanTokens(OpenNlpSkillSpanFinder f) {
    return List.of(PYTHON_AD, TEAM_AD, LONG_AD).stream()
        .flatMap(s -> f.find(s).stream())
        .mapToInt(s -> s.end() - s.start())
        .sum();
  }
}
