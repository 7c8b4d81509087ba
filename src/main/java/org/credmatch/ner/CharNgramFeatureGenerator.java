package org.credmatch.ner;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.CharacterNgramFeatureGenerator;

/**
 * The features of OpenNLP's {@link CharacterNgramFeatureGenerator} ({@code "ng=" +} every distinct
 * lower-cased character n-gram of the token, each once), without building an {@code NGramModel} of
 * interned {@code StringList}s per token. The token is lower-cased code point by code point with
 * {@link Character#toLowerCase(int)}, as OpenNLP does, and its substrings of {@code min} to {@code
 * max} chars are taken; OpenNLP's generator is used for the rare token whose lower-cased form has
 * another length, so the feature set is always OpenNLP's. Features come in another order (by
 * length, then position), which changes no feature set. Immutable; thread-safe.
 */
public final class CharNgramFeatureGenerator implements AdaptiveFeatureGenerator {

  private static final String PREFIX = "ng=";

  private final int min;
  private final int max;
  private final CharacterNgramFeatureGenerator fallback;

  /** A generator of the n-grams of {@code min} to {@code max} chars, {@code 1 <= min <= max}. */
  public CharNgramFeatureGenerator(int min, int max) {
    if (min < 1 || max < min) {
      throw new IllegalArgumentException(
          "n-gram lengths need 1 <= min <= max: " + min + ", " + max);
    }
    this.min = min;
    this.max = max;
    this.fallback = new CharacterNgramFeatureGenerator(min, max);
  }

  @Override
  public void createFeatures(List<String> features, String[] tokens, int index, String[] preds) {
    String token = tokens[index];
    String lower = lowerCase(token);
    if (lower.length() != token.length()) {
      fallback.createFeatures(features, tokens, index, preds);
      return;
    }
    int length = lower.length();
    Set<String> seen = length > min ? new HashSet<>() : null;
    for (int n = min; n <= max && n <= length; n++) {
      for (int start = 0; start + n <= length; start++) {
        String feature = PREFIX.concat(lower.substring(start, start + n));
        if (seen == null || seen.add(feature)) {
          features.add(feature);
        }
      }
    }
  }

  /** The token lower-cased per code point, like OpenNLP's {@code StringUtil}. */
  static String lowerCase(String token) {
    int length = token.length();
    int i = 0;
    while (i < length && token.charAt(i) < 128 && !isAsciiUpper(token.charAt(i))) {
      i++;
    }
    if (i == length) {
      return token;
    }
    StringBuilder lower = new StringBuilder(length).append(token, 0, i);
    for (int j = i; j < length; ) {
      int codePoint = token.codePointAt(j);
      lower.appendCodePoint(Character.toLowerCase(codePoint));
      j += Character.charCount(codePoint);
    }
    return lower.toString();
  }

  private static boolean isAsciiUpper(char c) {
    return c >= 'A' && c <= 'Z';
  }
}
