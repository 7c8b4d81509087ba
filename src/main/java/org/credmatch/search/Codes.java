package org.credmatch.search;

import java.util.Arrays;
import java.util.Collection;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * A set of strings held as their sorted {@link Dictionary} codes, so that the similarity of two
 * programs (compared some thousands of times per recommendation) is a merge of two small int arrays
 * rather than hash look-ups of strings, and a program's skill ids are looked up by code. Immutable.
 */
final class Codes {

  private final int[] sorted;

  private Codes(int[] sorted) {
    this.sorted = sorted;
  }

  /** The codes of {@code words}, duplicates counted once. */
  static Codes of(Collection<String> words, Dictionary dictionary) {
    return new Codes(words.stream().mapToInt(dictionary::code).sorted().distinct().toArray());
  }

  /** Whether the set holds the string coded {@code code}. */
  boolean contains(int code) {
    return Arrays.binarySearch(sorted, code) >= 0;
  }

  IntStream stream() {
    return Arrays.stream(sorted);
  }

  /** |a ∩ b| / |a ∪ b|, and 0 when both are empty. */
  static double jaccard(Codes a, Codes b) {
    if (a.sorted.length == 0 && b.sorted.length == 0) {
      return 0;
    }
    int both = 0;
    int i = 0;
    int j = 0;
    while (i < a.sorted.length && j < b.sorted.length) {
      int x = a.sorted[i];
      int y = b.sorted[j];
      if (x == y) {
        both++;
      }
      i += x <= y ? 1 : 0;
      j += y <= x ? 1 : 0;
    }
    return (double) both / (a.sorted.length + b.sorted.length - both);
  }

  /**
   * Gives each distinct string a code on first sight; codes of equal strings are equal. Grows with
   * the distinct words it is shown (the catalog's title words, skill keys and skill ids).
   * Thread-safe.
   */
  static final class Dictionary {
    private final ConcurrentHashMap<String, Integer> codes = new ConcurrentHashMap<>();
    private final AtomicInteger next = new AtomicInteger();

    int code(String word) {
      Integer code = codes.get(word);
      return code != null ? code : codes.computeIfAbsent(word, w -> next.getAndIncrement());
    }
  }
}
