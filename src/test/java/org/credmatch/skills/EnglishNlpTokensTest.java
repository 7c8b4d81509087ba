package org.credmatch.skills;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

/** The cached tokenization gives exactly the spans OpenNLP's tokenizer gives. */
class EnglishNlpTokensTest {

  private static final EnglishNlp NLP = new EnglishNlp(50_000);

  /** OpenNLP's own tokenizer on the same model, without the compiled copy or the cache. */
  private static final TokenizerME OPENNLP = openNlp();

  private static TokenizerME openNlp() {
    try (InputStream in = EnglishNlpTokensTest.class.getResourceAsStream(EnglishNlp.TOKEN_MODEL)) {
      return new TokenizerME(EnglishNlp.alphaNumericOptimized(in));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Span[] model(String text) {
    return OPENNLP.tokenizePos(text);
  }

  @Test
  void committedAdsTokenizeAsTheModelDoesTwiceOver() throws IOException {
    for (String resource :
        List.of("/skills/ad-600-words.md", "/bench/ad-300-words.md", "/bench/ad-1500-words.md")) {
      for (String line : read(resource).split("\n")) {
        // the second call is answered from the cache
        assertThat(spans(NLP.tokenizePos(line))).isEqualTo(spans(model(line)));
        assertThat(spans(NLP.tokenizePos(line))).isEqualTo(spans(model(line)));
      }
    }
  }

  @Test
  void punctuatedWordsAreCut() {
    assertThat(
            words(
                "We use SQL, Python (pandas) and e.g. C++.",
                NLP.tokenizePos("We use SQL, Python (pandas) and e.g. C++.")))
        .contains("SQL", ",", "(", "pandas", ")");
  }

  @Property(tries = 300)
  void anyTextTokenizesAsTheModelDoes(@ForAll("adLike") String text) {
    assertThat(spans(NLP.tokenizePos(text))).isEqualTo(spans(model(text)));
    assertThat(spans(NLP.tokenizePos(text))).isEqualTo(spans(model(text)));
  }

  @Provide
  Arbitrary<String> adLike() {
    Arbitrary<String> word =
        Arbitraries.oneOf(
            Arbitraries.strings().withChars("abcXYZ019").ofMinLength(1).ofMaxLength(8),
            Arbitraries.strings()
                .withChars("ab1.,;:()/-+#'\"!?&$%\t\u00a0")
                .ofMinLength(1)
                .ofMaxLength(6),
            Arbitraries.of("e.g.", "U.S.", "Inc.", "C++", "ASP.NET", "(SQL),", "don't", "3.5"));
    return word.list().ofMinSize(0).ofMaxSize(20).map(w -> String.join(" ", w));
  }

  private static List<String> spans(Span[] spans) {
    return Arrays.stream(spans).map(s -> s.getStart() + "-" + s.getEnd()).toList();
  }

  private static List<String> words(String text, Span[] spans) {
    return Arrays.stream(spans).map(s -> text.substring(s.getStart(), s.getEnd())).toList();
  }

  private static String read(String resource) throws IOException {
    try (InputStream in = EnglishNlpTokensTest.class.getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
