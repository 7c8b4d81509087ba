package org.credmatch.skills;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.tokenize.WhitespaceTokenizer;
import org.junit.jupiter.api.Test;

/** The compiled tokenizer cuts every word exactly where OpenNLP's tokenizer cuts it. */
class CompiledTokenizerTest {

  private static final TokenizerModel MODEL = load();
  private static final TokenizerME OPENNLP = new TokenizerME(MODEL);
  private static final CompiledTokenizer COMPILED = new CompiledTokenizer(MODEL);

  private static TokenizerModel load() {
    try (InputStream in = CompiledTokenizerTest.class.getResourceAsStream(EnglishNlp.TOKEN_MODEL)) {
      return new TokenizerModel(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void committedAdsCutAsOpenNlpDoes() {
    int words = 0;
    for (String ad : Fixtures.committedAds()) {
      words += assertSameCuts(ad);
    }
    assertThat(words).isGreaterThan(2_000);
  }

  @Test
  void catalogDescriptionsCutAsOpenNlpDoes() throws IOException {
    int words = 0;
    for (String text : Fixtures.catalogSourceTexts()) {
      words += assertSameCuts(text);
    }
    assertThat(words).isGreaterThan(100_000);
  }

  @Test
  void hardWordsCutAsOpenNlpDoes() {
    for (String word :
        List.of(
            "e.g.",
            "U.S.",
            "(SQL),",
            "don't",
            "&amp;",
            "&#39;",
            "C++/C#",
            "\"quoted\"",
            "[x]",
            "{y}",
            "3.5%",
            "a=b",
            "p==q",
            "ok?!",
            "`tick`",
            "\u00e9t\u00e9,",
            "\ud83d\ude00!",
            "Node.js.",
            "...",
            "--",
            "AI-driven.")) {
      assertThat(cuts(COMPILED.cuts(word))).as(word).isEqualTo(model(word));
    }
  }

  @Property(tries = 1000)
  void anyWordCutsAsOpenNlpDoes(@ForAll("words") String word) {
    assertThat(cuts(COMPILED.cuts(word))).as(word).isEqualTo(model(word));
  }

  @Provide
  Arbitrary<String> words() {
    return Arbitraries.strings()
        .withChars("abzAZ019.,;:()[]{}/-+#'\"`!?&$%=*_\u00e9\u00c4\u3042")
        .ofMinLength(2)
        .ofMaxLength(12);
  }

  /** Every white-space word of two characters or more in {@code text}; returns how many. */
  private static int assertSameCuts(String text) {
    int n = 0;
    for (String word : WhitespaceTokenizer.INSTANCE.tokenize(text)) {
      if (word.length() >= 2) {
        assertThat(cuts(COMPILED.cuts(word))).as(word).isEqualTo(model(word));
        n++;
      }
    }
    return n;
  }

  private static List<String> model(String word) {
    return Arrays.stream(OPENNLP.tokenizePos(word))
        .map(s -> s.getStart() + "-" + s.getEnd())
        .toList();
  }

  private static List<String> cuts(int[] cuts) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < cuts.length; i += 2) {
      out.add(cuts[i] + "-" + cuts[i + 1]);
    }
    return out;
  }
}
