package org.credmatch.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.CharacterNgramFeatureGenerator;
import org.junit.jupiter.api.Test;

class CharNgramFeatureGeneratorTest {

  private static final String[] TOKENS = {
    "a",
    "B",
    "7",
    ".",
    "Go",
    "ab",
    "AbAB",
    "aaaa",
    "Java",
    "JavaScript",
    "SaaS",
    "C++",
    "C#",
    ".NET",
    "node.js",
    "CI/CD",
    "e-mail",
    "don't",
    "2024",
    "3.5",
    "10x",
    "v1.2.3",
    "Müller",
    "ÉCOLE",
    "Straße",
    "İstanbul",
    "ΣΊΣΥΦΟΣ",
    "Ünïcödé",
    "naïve",
    "日本語",
    "x\uD801\uDC00y",
    "\uD801\uDC00\uD801\uDC00",
    "\uD83D\uDE00ok",
    "Antidisestablishmentarianism",
    "internationalisation-and-localisation",
    "!!!",
    "--",
    "\"",
    "a1B2c3D4e5F6g7H8",
  };

  @Test
  void producesOpenNlpsFeatureSetOnVariedTokens() {
    for (int[] lengths : new int[][] {{2, 5}, {1, 3}, {3, 3}, {1, 8}}) {
      var fast = new CharNgramFeatureGenerator(lengths[0], lengths[1]);
      var reference = new CharacterNgramFeatureGenerator(lengths[0], lengths[1]);
      for (int i = 0; i < TOKENS.length; i++) {
        List<String> expected = features(reference, i);
        List<String> actual = features(fast, i);
        assertThat(new HashSet<>(actual))
            .as("token %s, lengths %d-%d", TOKENS[i], lengths[0], lengths[1])
            .isEqualTo(new HashSet<>(expected));
        assertThat(actual).as("each feature once, as OpenNLP").hasSameSizeAs(expected);
      }
    }
  }

  @Test
  void emitsEachLowerCasedNgramOnce() {
    var generator = new CharNgramFeatureGenerator(2, 3);
    List<String> features = features(generator, List.of(TOKENS).indexOf("AbAB"));
    assertThat(features).containsExactlyInAnyOrder("ng=ab", "ng=ba", "ng=aba", "ng=bab");
  }

  @Test
  void lowerCasesPerCodePoint() {
    assertThat(CharNgramFeatureGenerator.lowerCase("Java")).isEqualTo("java");
    assertThat(CharNgramFeatureGenerator.lowerCase("plain")).isSameAs("plain");
    assertThat(CharNgramFeatureGenerator.lowerCase("ÉCOLE\uD801\uDC00"))
        .isEqualTo("école\uD801\uDC28");
  }

  @Test
  void rejectsEmptyLengthRange() {
    assertThatThrownBy(() -> new CharNgramFeatureGenerator(3, 2))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CharNgramFeatureGenerator(0, 2))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static List<String> features(AdaptiveFeatureGenerator generator, int index) {
    List<String> features = new ArrayList<>();
    generator.createFeatures(features, TOKENS, index, null);
    return features;
  }
}
