package org.credmatch.skills;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Guesses that a text is not English by counting stop words of a few languages. Cheap and good
 * enough for a warning; immutable and thread-safe.
 */
final class LanguageGuesser {

  private static final String ENGLISH = "English";

  private final Map<String, Set<String>> stopWords = new TreeMap<>();
  private final List<String> names;
  private final Map<String, int[]> languagesOfWord = new HashMap<>();
  private final int minHits;
  private final double ratio;

  LanguageGuesser(ExtractionConfig.LanguageGuess config) {
    config.stopWords().forEach((lang, words) -> stopWords.put(lang, new HashSet<>(words)));
    this.names = List.copyOf(stopWords.keySet());
    Map<String, List<Integer>> byWord = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      for (String w : stopWords.get(names.get(i))) {
        byWord.computeIfAbsent(w, k -> new ArrayList<>()).add(i);
      }
    }
    byWord.forEach(
        (w, langs) -> languagesOfWord.put(w, langs.stream().mapToInt(Integer::intValue).toArray()));
    this.minHits = config.minHits();
    this.ratio = config.ratio();
  }

  /**
   * The language the text looks like when that is not English: its stop words are at least {@code
   * minHits} and {@code ratio} times the English ones. Empty when it looks English or when there is
   * too little text to tell.
   */
  Optional<String> nonEnglish(String text) {
    int[] hits = new int[names.size()];
    StringBuilder word = new StringBuilder();
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : ' ';
      if (Character.isLetter(c)) {
        word.append(Character.toLowerCase(c));
      } else if (!word.isEmpty()) {
        int[] langs = languagesOfWord.get(word.toString());
        if (langs != null) {
          for (int lang : langs) {
            hits[lang]++;
          }
        }
        word.setLength(0);
      }
    }
    int englishIndex = names.indexOf(ENGLISH);
    int english = englishIndex < 0 ? 0 : hits[englishIndex];
    String best = null;
    int bestHits = 0;
    for (int i = 0; i < names.size(); i++) {
      if (i != englishIndex && hits[i] > bestHits) {
        best = names.get(i);
        bestHits = hits[i];
      }
    }
    boolean foreign = best != null && bestHits >= minHits && bestHits >= ratio * english;
    return foreign ? Optional.of(best) : Optional.empty();
  }

  /** The languages it knows, in name order. */
  List<String> languages() {
    return List.copyOf(stopWords.keySet());
  }
}
