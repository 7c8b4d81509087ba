package org.credmatch.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Clusters words by the company they keep in unlabeled text, for the skill-span model's word
 * cluster features (a cheap stand-in for Brown clusters). Each frequent word is described by the
 * words seen at offsets -2, -1, +1 and +2 (the most frequent words only), weighted by positive
 * pointwise mutual information and length-normalised; spherical k-means (cosine similarity),
 * started from words drawn with a fixed seed, then groups the words. Deterministic: the same text
 * and parameters give the same clusters.
 *
 * <p>Immutable and thread-safe.
 *
 * @param minCount a word needs this many occurrences to be clustered
 * @param maxWords at most this many words (the most frequent) are clustered
 * @param contextWords how many of the most frequent words serve as context features
 * @param iterations k-means iterations
 * @param seed seed of the initial centroids
 */
public record WordClusterer(
    int minCount, int maxWords, int contextWords, int iterations, long seed) {

  private static final int[] OFFSETS = {-2, -1, 1, 2};

  /** Word to cluster number in [0, k), sorted by word. */
  public SortedMap<String, Integer> cluster(List<List<String>> lines, int k) {
    List<String> vocabulary = vocabulary(lines);
    Map<String, Integer> index = indexOf(vocabulary);
    Map<String, Integer> contexts = indexOf(vocabulary.subList(0, contextWords(vocabulary)));
    SparseVector[] vectors = Ppmi.vectors(lines, index, contexts, OFFSETS);
    int[] assignment = new SphericalKMeans(k, iterations, seed).assign(vectors);
    SortedMap<String, Integer> clusters = new TreeMap<>();
    for (int w = 0; w < vocabulary.size(); w++) {
      if (vectors[w].size() > 0) {
        clusters.put(vocabulary.get(w), assignment[w]);
      }
    }
    return clusters;
  }

  private int contextWords(List<String> vocabulary) {
    return Math.min(contextWords, vocabulary.size());
  }

  /** Words with at least {@link #minCount} occurrences, most frequent first, ties by word. */
  List<String> vocabulary(List<List<String>> lines) {
    Map<String, Integer> counts = new HashMap<>();
    lines.forEach(line -> line.forEach(t -> counts.merge(t, 1, Integer::sum)));
    return counts.entrySet().stream()
        .filter(e -> e.getValue() >= minCount)
        .sorted(
            Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()))
        .limit(maxWords)
        .map(Map.Entry::getKey)
        .toList();
  }

  private static Map<String, Integer> indexOf(List<String> words) {
    Map<String, Integer> index = new LinkedHashMap<>();
    words.forEach(w -> index.put(w, index.size()));
    return index;
  }

  /** A length-normalised sparse vector: sorted feature indexes and their weights. */
  record SparseVector(int[] features, double[] weights) {

    int size() {
      return features.length;
    }

    double dot(double[] dense) {
      double sum = 0;
      for (int i = 0; i < features.length; i++) {
        sum += weights[i] * dense[features[i]];
      }
      return sum;
    }
  }

  /** Spherical k-means over sparse unit vectors; random distinct initial centroids. */
  record SphericalKMeans(int k, int iterations, long seed) {

    int[] assign(SparseVector[] vectors) {
      int dimensions = dimensions(vectors);
      double[][] centroids = initial(vectors, dimensions);
      int[] assignment = new int[vectors.length];
      for (int it = 0; it < iterations; it++) {
        for (int v = 0; v < vectors.length; v++) {
          assignment[v] = nearest(vectors[v], centroids);
        }
        centroids = recompute(vectors, assignment, centroids);
      }
      return assignment;
    }

    private double[][] initial(SparseVector[] vectors, int dimensions) {
      List<Integer> candidates = new ArrayList<>();
      for (int v = 0; v < vectors.length; v++) {
        if (vectors[v].size() > 0) {
          candidates.add(v);
        }
      }
      java.util.Collections.shuffle(candidates, new Random(seed));
      double[][] centroids = new double[Math.min(k, candidates.size())][dimensions];
      for (int c = 0; c < centroids.length; c++) {
        add(centroids[c], vectors[candidates.get(c)]);
      }
      return centroids;
    }

    private static int nearest(SparseVector vector, double[][] centroids) {
      int best = 0;
      double bestSimilarity = Double.NEGATIVE_INFINITY;
      for (int c = 0; c < centroids.length; c++) {
        double similarity = vector.dot(centroids[c]);
        if (similarity > bestSimilarity) {
          bestSimilarity = similarity;
          best = c;
        }
      }
      return best;
    }

    /** Normalised sums of each cluster's vectors; an emptied cluster keeps its old centroid. */
    private static double[][] recompute(
        SparseVector[] vectors, int[] assignment, double[][] previous) {
      double[][] centroids = new double[previous.length][previous[0].length];
      for (int v = 0; v < vectors.length; v++) {
        add(centroids[assignment[v]], vectors[v]);
      }
      for (int c = 0; c < centroids.length; c++) {
        double norm = Math.sqrt(Arrays.stream(centroids[c]).map(x -> x * x).sum());
        if (norm == 0) {
          centroids[c] = previous[c];
        } else {
          for (int d = 0; d < centroids[c].length; d++) {
            centroids[c][d] /= norm;
          }
        }
      }
      return centroids;
    }

    private static void add(double[] dense, SparseVector vector) {
      for (int i = 0; i < vector.size(); i++) {
        dense[vector.features()[i]] += vector.weights()[i];
      }
    }

    private static int dimensions(SparseVector[] vectors) {
      int max = 0;
      for (SparseVector v : vectors) {
        for (int f : v.features()) {
          max = Math.max(max, f + 1);
        }
      }
      return max;
    }
  }
}
