package org.credmatch.skills;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import org.junit.jupiter.api.Test;

/** The compiled lemmatizer gives every word, alone, the lemma OpenNLP's lemmatizer gives it. */
class CompiledLemmatizerTest {

  private static final LemmatizerModel MODEL = load();
  private static final LemmatizerME OPENNLP = new LemmatizerME(MODEL);
  private static final CompiledLemmatizer COMPILED = new CompiledLemmatizer(MODEL);
  private static final List<String> TAGS = List.of("NOUN", "VERB", "ADJ", "PROPN");

  private static LemmatizerModel load() {
    try (InputStream in =
        CompiledLemmatizerTest.class.getResourceAsStream(EnglishNlp.LEMMA_MODEL)) {
      return new LemmatizerModel(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void committedAdWordsLemmatizeAsOpenNlpDoes() {
    Set<String> words = new TreeSet<>();
    Fixtures.committedAds().forEach(ad -> words.addAll(words(ad)));
    words.forEach(CompiledLemmatizerTest::assertSameLemmas);
    assertThat(words).hasSizeGreaterThan(1_000);
  }

  @Test
  void catalogWordsLemmatizeAsOpenNlpDoes() throws IOException {
    Set<String> words = new TreeSet<>();
    Fixtures.catalogSourceTexts().forEach(text -> words.addAll(words(text)));
    words.stream()
        .filter(w -> w.endsWith("s") || w.endsWith("ed") || w.endsWith("ing"))
        .forEach(w -> assertSameLemma(w, w.endsWith("s") ? "NOUN" : "VERB"));
    assertThat(words).hasSizeGreaterThan(20_000);
  }

  @Test
  void oddWordsLemmatizeAsOpenNlpDoes() {
    for (String w :
        List.of("a", "-", "x-rays", "COVID-19s", "ran", "was", "\u00e9t\u00e9s", "3ds")) {
      assertSameLemmas(w);
    }
  }

  @Property(tries = 500)
  void anyWordLemmatizesAsOpenNlpDoes(@ForAll("words") String word) {
    assertSameLemmas(word);
  }

  @Provide
  Arbitrary<String> words() {
    return Arbitraries.strings().withChars("abeginsdtyAZ09-'\u00e9").ofMinLength(1).ofMaxLength(12);
  }

  private static void assertSameLemmas(String word) {
    for (String tag : TAGS) {
      assertSameLemma(word, tag);
    }
  }

  private static void assertSameLemma(String word, String tag) {
    String expected = OPENNLP.lemmatize(new String[] {word}, new String[] {tag})[0];
    assertThat(COMPILED.lemma(word, tag)).as(word + "/" + tag).isEqualTo(expected);
  }

  private static Set<String> words(String text) {
    Set<String> out = new TreeSet<>();
    for (String w : text.split("[^\\p{L}\\p{N}'-]+")) {
      if (!w.isEmpty()) {
        out.add(w.toLowerCase(Locale.ROOT));
        out.add(w);
      }
    }
    return out;
  }
}
