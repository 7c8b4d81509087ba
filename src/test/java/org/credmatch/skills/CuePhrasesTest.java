package org.credmatch.skills;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Cue-phrase words: the hand-written splitter gives the pattern's pieces. */
class CuePhrasesTest {

  /** The split the words were made with before, the reference for the loop. */
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}']+");

  private static String[] patternWords(String text) {
    String lower = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    return NON_WORD.splitAsStream(lower).filter(w -> !w.isEmpty()).toArray(String[]::new);
  }

  @Test
  void wordsAreLowerCasedRunsOfLettersNumbersAndApostrophes() {
    assertThat(
            CuePhrases.words("You\u2019ll need: SQL, 3+ years (\u00bd remote) \u2167 caf\u00e9!"))
        .containsExactly(
            "you'll", "need", "sql", "3", "years", "\u00bd", "remote", "\u2177", "caf\u00e9");
    assertThat(CuePhrases.words(" ,; ")).isEmpty();
  }

  @Property(tries = 2000)
  void wordsAreThePatternsPieces(@ForAll("texts") String text) {
    assertThat(CuePhrases.words(text)).containsExactly(patternWords(text));
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.oneOf(
        Arbitraries.strings().all().ofMaxLength(30),
        Arbitraries.strings()
            .withChars("aZ9 ,.'\u2019-\u00bd\u2167\u0660\u00e9\ud83d\ude00\ud800\u0130")
            .ofMaxLength(30));
  }
}
