package org.credmatch.skills;

import java.util.Map;
import java.util.PriorityQueue;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.util.model.BaseModel;

/**
 * The arithmetic of OpenNLP's {@link GISModel} evaluation and of its beam search, for the compiled
 * tagger, tokenizer and lemmatizer: the same additions in the same order and the same {@link
 * StrictMath} calls, so that their probabilities are bit for bit OpenNLP's.
 */
final class Maxent {

  /** BeamSearch's minimum sequence score ({@code zeroLog}). */
  private static final double MIN_SEQUENCE_SCORE = -100000;

  private Maxent() {}

  /** A GIS model's feature rows by feature string. */
  @SuppressWarnings("unchecked")
  static Map<String, Context> rows(GISModel model) {
    return (Map<String, Context>) model.getDataStructures()[1];
  }

  /** A GIS model's outcome names, in outcome order. */
  static String[] outcomes(GISModel model) {
    return ((String[]) model.getDataStructures()[2]).clone();
  }

  /** The beam size a model's manifest gives ({@code BeamSize}), as the OpenNLP tool reads it. */
  static int beamSize(BaseModel model, int defaultSize) {
    String beam = model.getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER);
    return beam == null ? defaultSize : Integer.parseInt(beam);
  }

  /** The log prior OpenNLP's uniform prior gives every outcome. */
  static double uniform(int outcomes) {
    return StrictMath.log(1.0 / outcomes);
  }

  /**
   * Adds one feature's parameters, as {@code ArrayMath.sumFeatures} does; unknown features add
   * nothing.
   */
  static void add(Context row, double[] sums) {
    if (row == null) {
      return;
    }
    int[] outcomes = row.getOutcomes();
    double[] parameters = row.getParameters();
    for (int a = 0; a < outcomes.length; a++) {
      sums[outcomes[a]] += parameters[a] * 1.0;
    }
  }

  /** Turns summed log odds into probabilities in place, as {@code GISModel.eval} does. */
  static void normalise(double[] sums) {
    double normal = 0.0;
    for (int o = 0; o < sums.length; o++) {
      sums[o] = StrictMath.exp(sums[o]);
      normal += sums[o];
    }
    for (int o = 0; o < sums.length; o++) {
      sums[o] /= normal;
    }
  }

  /**
   * The lowest score {@code BeamSearch} keeps: the element at {@code max(0, n - size)} of the
   * scores sorted ascending, found without sorting (the order is {@link Double#compare}'s, the
   * order {@code Arrays.sort(double[])} sorts in).
   */
  static double beamThreshold(double[] scores, int size) {
    int keep = Math.min(size, scores.length);
    if (keep < size || keep == 0) {
      double min = scores[0];
      for (double s : scores) {
        if (Double.compare(s, min) < 0) {
          min = s;
        }
      }
      return min;
    }
    // the keep largest, in descending order
    double[] top = new double[keep];
    int filled = 0;
    for (double s : scores) {
      if (filled == keep && Double.compare(s, top[keep - 1]) <= 0) {
        continue;
      }
      int i = filled == keep ? keep - 1 : filled++;
      while (i > 0 && Double.compare(top[i - 1], s) < 0) {
        top[i] = top[i - 1];
        i--;
      }
      top[i] = s;
    }
    return top[keep - 1];
  }

  /**
   * One entry of a beam search: its last outcome, the entry before it, and the sum of the outcomes'
   * log probabilities, ordered as OpenNLP's {@code Sequence}.
   */
  static final class Entry implements Comparable<Entry> {
    final Entry parent;
    final int tag;
    final int length;
    final double score;

    Entry(Entry parent, int tag, double score) {
      this.parent = parent;
      this.tag = tag;
      this.length = parent == null ? 0 : parent.length + 1;
      this.score = score;
    }

    /** The first entry of a beam search, before any outcome. */
    static Entry root() {
      return new Entry(null, -1, 0);
    }

    /**
     * Adds {@code top} followed by {@code tag} to {@code next}, unless its score falls to
     * BeamSearch's floor ({@code zeroLog}).
     */
    private static void extend(PriorityQueue<Entry> next, Entry top, int tag, double p) {
      Entry e = new Entry(top, tag, top.score + StrictMath.log(p));
      if (e.score > MIN_SEQUENCE_SCORE) {
        next.add(e);
      }
    }

    /**
     * One beam entry's step in {@code BeamSearch}: {@code top} followed by each outcome scoring at
     * least {@code min}, or by every outcome when that left {@code next} empty.
     */
    static void advance(PriorityQueue<Entry> next, Entry top, double[] scores, double min) {
      for (int p = 0; p < scores.length; p++) {
        if (scores[p] >= min) {
          extend(next, top, p, scores[p]);
        }
      }
      if (next.isEmpty()) {
        for (int p = 0; p < scores.length; p++) {
          extend(next, top, p, scores[p]);
        }
      }
    }

    /** Higher scores first, as OpenNLP's {@code Sequence} orders. */
    @Override
    public int compareTo(Entry o) {
      return Double.compare(o.score, score);
    }
  }
}
