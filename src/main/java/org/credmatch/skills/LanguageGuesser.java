package org.credmatch.skills;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
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
  private final int minHits;
  private final double ratio;

  LanguageGuesser(ExtractionConfig.LanguageGuess config) {
    config.stopWords().forEach((lang, words) -> stopWords.put(lang, new HashSet<>(words)));
    this.minHits = config.minHits();
    this.ratio = config.ratio();
  }

  /**
   * The language the text looks like when that is not English: its stop words are at least {@code
   * minHits} and {@code ratio} times the English ones. Empty when it looks English or when there is
   * too little text to tell.
   */
  Optional<String> nonEnglish(String text) {
    Map<String, Integer> hits = new TreeMap<>();
    for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      stopWords.forEach(
          (lang, words) -> hits.merge(lang, words.contains(word) ? 1 : 0, Integer::sum));
    }
    int english = hits.getOrDefault(ENGLISH, 0);
    String best = null;
    int bestHits = 0;
    for (var e : hits.entrySet()) {
      if (!e.getKey().equals(ENGLISH) && e.getValue() > bestHits) {
        best = e.getKey();
        bestHits = e.getValue();
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
