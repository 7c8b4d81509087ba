package org.credmatch.ner;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.credmatch.ner.WordClusterer.SparseVector;

/**
 * Positional context vectors of words weighted by positive pointwise mutual information, the input
 * of {@link WordClusterer}. Stateless; thread-safe.
 */
final class Ppmi {

  private Ppmi() {}

  /**
   * One unit-length vector per word of {@code words}: feature {@code offsetSlot * |contexts| +
   * context} counts how often the context word occurs at that offset, reweighted as max(0, PMI).
   * Words never seen next to a context word get an empty vector.
   */
  static SparseVector[] vectors(
      List<List<String>> lines,
      Map<String, Integer> words,
      Map<String, Integer> contexts,
      int[] offsets) {
    List<Map<Integer, Integer>> counts = counts(lines, words, contexts, offsets);
    long total = 0;
    Map<Integer, Long> featureTotals = new HashMap<>();
    long[] wordTotals = new long[counts.size()];
    for (int w = 0; w < counts.size(); w++) {
      for (Map.Entry<Integer, Integer> e : counts.get(w).entrySet()) {
        wordTotals[w] += e.getValue();
        featureTotals.merge(e.getKey(), (long) e.getValue(), Long::sum);
        total += e.getValue();
      }
    }
    SparseVector[] vectors = new SparseVector[counts.size()];
    for (int w = 0; w < counts.size(); w++) {
      vectors[w] = weigh(counts.get(w), wordTotals[w], featureTotals, total);
    }
    return vectors;
  }

  private static List<Map<Integer, Integer>> counts(
      List<List<String>> lines,
      Map<String, Integer> words,
      Map<String, Integer> contexts,
      int[] offsets) {
    List<Map<Integer, Integer>> counts =
        java.util.stream.Stream.generate(
                () -> (Map<Integer, Integer>) new TreeMap<Integer, Integer>())
            .limit(words.size())
            .toList();
    for (List<String> line : lines) {
      for (int i = 0; i < line.size(); i++) {
        Integer word = words.get(line.get(i));
        if (word == null) {
          continue;
        }
        for (int slot = 0; slot < offsets.length; slot++) {
          int j = i + offsets[slot];
          Integer context = j >= 0 && j < line.size() ? contexts.get(line.get(j)) : null;
          if (context != null) {
            counts.get(word).merge(slot * contexts.size() + context, 1, Integer::sum);
          }
        }
      }
    }
    return counts;
  }

  private static SparseVector weigh(
      Map<Integer, Integer> counts, long wordTotal, Map<Integer, Long> featureTotals, long total) {
    int[] features = new int[counts.size()];
    double[] weights = new double[counts.size()];
    int n = 0;
    double norm = 0;
    for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
      double pmi =
          Math.log((double) e.getValue() * total / (wordTotal * featureTotals.get(e.getKey())));
      if (pmi > 0) {
        features[n] = e.getKey();
        weights[n++] = pmi;
        norm += pmi * pmi;
      }
    }
    double length = Math.sqrt(norm);
    for (int i = 0; i < n; i++) {
      weights[i] /= length;
    }
    return new SparseVector(
        java.util.Arrays.copyOf(features, n), java.util.Arrays.copyOf(weights, n));
  }
}
