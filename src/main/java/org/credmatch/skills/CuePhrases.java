package org.credmatch.skills;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A set of cue phrases matched on whole words ("a plus" is in "Kafka is a plus", not in "a plush").
 * Words are runs of letters, digits and apostrophes, lower-cased, so "401(k)" is the words "401 k"
 * on both sides. Immutable and thread-safe; a word-index lookup instead of one big regular
 * expression, because cue matching runs on every sentence.
 */
final class CuePhrases {

  private final Map<String, List<String[]>> byFirstWord = new HashMap<>();

  CuePhrases(List<String> phrases) {
    for (String phrase : phrases) {
      String[] words = words(phrase);
      if (words.length > 0) {
        byFirstWord.computeIfAbsent(words[0], w -> new ArrayList<>()).add(words);
      }
    }
  }

  /**
   * The words of a text as cue phrases see them: the lower-cased runs of letters, numbers and
   * apostrophes ({@code [\p{L}\p{N}']+}; a loop over the code points, which {@code CuePhrasesTest}
   * checks against that pattern).
   */
  static String[] words(String text) {
    String lower = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    List<String> out = new ArrayList<>();
    int start = -1;
    for (int i = 0; i < lower.length(); ) {
      int cp = lower.codePointAt(i);
      boolean word = isWordChar(cp);
      if (word && start < 0) {
        start = i;
      } else if (!word && start >= 0) {
        out.add(lower.substring(start, i));
        start = -1;
      }
      i += Character.charCount(cp);
    }
    if (start >= 0) {
      out.add(lower.substring(start));
    }
    return out.toArray(String[]::new);
  }

  /** {@code [\p{L}\p{N}']}: a letter, a number of any kind, or an apostrophe. */
  private static boolean isWordChar(int cp) {
    if (cp == '\'' || Character.isLetter(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  /** True when some phrase occurs in {@code words}. */
  boolean foundIn(String[] words) {
    return firstMatch(words) >= 0;
  }

  /** The word index where the earliest phrase occurrence starts, or -1. */
  int firstMatch(String[] words) {
    for (int i = 0; i < words.length; i++) {
      if (lengthAt(words, i) > 0) {
        return i;
      }
    }
    return -1;
  }

  /** The number of words of the longest phrase starting at word {@code i}, or 0. */
  int lengthAt(String[] words, int i) {
    int best = 0;
    for (String[] phrase : byFirstWord.getOrDefault(words[i], List.of())) {
      if (phrase.length > best && matchesAt(words, i, phrase)) {
        best = phrase.length;
      }
    }
    return best;
  }

  private static boolean matchesAt(String[] words, int i, String[] phrase) {
    if (i + phrase.length > words.length) {
      return false;
    }
    for (int k = 0; k < phrase.length; k++) {
      if (!words[i + k].equals(phrase[k])) {
        return false;
      }
    }
    return true;
  }
}
