package org.credmatch.skills;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The compiled tagger gives exactly OpenNLP's tags, sentence by sentence. */
class CompiledPosTaggerTest {

  private static final POSModel MODEL = load();
  private static final POSTaggerME OPENNLP = new POSTaggerME(MODEL);
  private static final EnglishNlp NLP = new EnglishNlp(50_000);

  /** A small word cache, so that most calls below also build words the cache refuses. */
  private static final CompiledPosTagger COMPILED = new CompiledPosTagger(MODEL, 500);

  private static POSModel load() {
    try (InputStream in = CompiledPosTaggerTest.class.getResourceAsStream(EnglishNlp.POS_MODEL)) {
      return new POSModel(in);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void committedAdsTagAsOpenNlpDoes() {
    int sentences = 0;
    for (String ad : Fixtures.committedAds()) {
      for (String line : ad.split("\n")) {
        for (Span s : NLP.sentences(line)) {
          assertSameTags(tokens(line.substring(s.getStart(), s.getEnd())));
          sentences++;
        }
      }
    }
    assertThat(sentences).isGreaterThan(100);
  }

  @Test
  void skillSpanDevSentencesTagAsOpenNlpDoes() throws IOException {
    Path file =
        Path.of(System.getProperty("credmatch.shared", "../shared/data"), "skillspan")
            .resolve("postings_dev.json");
    Assumptions.assumeTrue(
        Files.isRegularFile(file), "../shared/data absent: skipping the SkillSpan tagging check");
    ObjectMapper json = new ObjectMapper();
    int sentences = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      List<String> tokens = new ArrayList<>();
      for (JsonNode t : json.readTree(line).get("tokens")) {
        tokens.add(t.asText());
      }
      if (!tokens.isEmpty()) {
        assertSameTags(tokens.toArray(String[]::new));
        sentences++;
      }
    }
    assertThat(sentences).isGreaterThan(1_000);
  }

  @Test
  void longSentencesAndRepeatedWordsTagAsOpenNlpDoes() {
    List<String> words = new ArrayList<>();
    for (int i = 0; i < 150; i++) {
      words.add(i % 7 == 0 ? "," : i % 5 == 0 ? "Python" : i % 3 == 0 ? "run" : "data");
    }
    assertSameTags(words.toArray(String[]::new));
    assertSameTags(new String[] {"Lead"});
    assertSameTags(new String[] {"lead", "."});
    assertSameTags(new String[] {});
  }

  @Property(tries = 400)
  void anyTokensTagAsOpenNlpDoes(@ForAll("sentences") List<String> tokens) {
    assertSameTags(tokens.toArray(String[]::new));
  }

  @Provide
  Arbitrary<List<String>> sentences() {
    Arbitrary<String> token =
        Arbitraries.oneOf(
            Arbitraries.of(
                "we",
                "use",
                "SQL",
                "and",
                "Python",
                "lead",
                "the",
                "team",
                "react",
                "to",
                "change",
                "Excel",
                "skills",
                "is",
                "a",
                "plus",
                ".",
                ",",
                "(",
                ")",
                "3",
                "2024",
                "e.g.",
                "C++",
                "U.S.",
                "Go",
                "design",
                "manage",
                "managing",
                "data-driven"),
            Arbitraries.strings()
                .withChars("abzAZ019.-/,\u00e9\u00c4\u3042\u30a2")
                .ofMinLength(1)
                .ofMaxLength(7));
    return token.list().ofMinSize(1).ofMaxSize(40);
  }

  private static void assertSameTags(String[] tokens) {
    String[] expected = OPENNLP.tag(tokens);
    assertThat(COMPILED.tag(tokens)).as(String.join(" ", tokens)).containsExactly(expected);
    assertThat(COMPILED.tag(tokens)).containsExactly(expected);
  }

  private static String[] tokens(String sentence) {
    return NLP.analyze(sentence, 0).tokens().stream().map(Token::text).toArray(String[]::new);
  }
}
