package org.credmatch.ner;

import java.util.Arrays;
import java.util.Map;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.perceptron.PerceptronModel;

/**
 * OpenNLP's perceptron evaluation over a compact copy of the model's parameters, with the work
 * shared between consecutive calls whose contexts begin with the same feature strings (the same
 * instances).
 *
 * <p>Look-ups: OpenNLP keeps a feature's weights behind a hash map node, its key string and the
 * string's bytes, a {@code Context} and its two arrays, which costs a cache miss each when the
 * model is larger than the CPU's caches (it is: about 110,000 features). Here a feature is one
 * probe in a {@code long[]} of (hash, offset) slots and one read of a packed record (key
 * characters, weights and outcome ids side by side), so most look-ups touch two cache lines.
 *
 * <p>Sharing: a beam search evaluates every hypothesis of a position with the token's features
 * (cached by the context generator, so the same {@code String} objects) followed by a few features
 * of the hypothesis's previous outcomes; here the token's features are looked up and summed once
 * per position, not once per hypothesis.
 *
 * <p>The result is bit-for-bit {@link PerceptronModel#eval(String[])}: the per-outcome sums are
 * accumulated in the same order (a shared prefix's running sums are exactly those the full sum
 * passes through), then normalised the same way. Only reference equality of the prefix is trusted,
 * so a context generator that builds new strings merely loses the saving.
 *
 * <p>The compiled weights (about 11 MB for a model of 317,000 weights; they grow with the model)
 * are immutable and shared by all threads; each thread evaluates through its own {@link
 * #evaluator()}, which keeps the previous call's context and running sums and is not thread-safe.
 */
final class CompiledPerceptron {

  private final PerceptronModel model;

  private final int outcomes;

  /** Open addressing: {@code hash << 32 | (record offset + 1)}, 0 for an empty slot. */
  private final long[] slots;

  private final int shift;

  /**
   * Records: a header {@code key length << 32 | weight count}, the key's chars four to a long, the
   * weights' raw bits, then their outcome ids four to a long (16 bits each).
   */
  private final long[] records;

  @SuppressWarnings("unchecked")
  CompiledPerceptron(PerceptronModel model) {
    this.model = model;
    Object[] data = ((AbstractModel) model).getDataStructures();
    Map<String, Context> predicates = (Map<String, Context>) data[1];
    this.outcomes = model.getNumOutcomes();
    if (outcomes > 0xFFFF) {
      throw new IllegalArgumentException("too many outcomes to pack: " + outcomes);
    }
    int bits = Math.max(4, 64 - Long.numberOfLeadingZeros(2L * predicates.size() - 1));
    this.shift = 64 - bits;
    this.slots = new long[1 << bits];
    long size = 0;
    for (Map.Entry<String, Context> e : predicates.entrySet()) {
      size += recordLength(e.getKey().length(), e.getValue().getOutcomes().length);
    }
    if (size >= Integer.MAX_VALUE) {
      throw new IllegalArgumentException("model too large to pack: " + size + " longs");
    }
    this.records = new long[(int) size];
    int at = 0;
    for (Map.Entry<String, Context> e : predicates.entrySet()) {
      insert(e.getKey(), at);
      at = pack(e.getKey(), e.getValue(), at);
    }
  }

  private static int recordLength(int chars, int weights) {
    return 1 + (chars + 3) / 4 + weights + (weights + 3) / 4;
  }

  private void insert(String key, int offset) {
    int hash = key.hashCode();
    int i = slot(hash);
    while (slots[i] != 0) {
      i = (i + 1) & (slots.length - 1);
    }
    slots[i] = ((long) hash << 32) | (offset + 1L);
  }

  private int pack(String key, Context c, int at) {
    int[] ids = c.getOutcomes();
    double[] weights = c.getParameters();
    records[at++] = ((long) key.length() << 32) | ids.length;
    for (int i = 0; i < key.length(); i += 4) {
      long chars = 0;
      for (int j = 0; j < 4 && i + j < key.length(); j++) {
        chars |= (long) key.charAt(i + j) << (16 * j);
      }
      records[at++] = chars;
    }
    for (double w : weights) {
      records[at++] = Double.doubleToRawLongBits(w);
    }
    for (int i = 0; i < ids.length; i += 4) {
      long packed = 0;
      for (int j = 0; j < 4 && i + j < ids.length; j++) {
        packed |= (long) ids[i + j] << (16 * j);
      }
      records[at++] = packed;
    }
    return at;
  }

  private int slot(int hash) {
    return (int) ((hash * 0x9E3779B97F4A7C15L) >>> shift);
  }

  /** The offset of {@code key}'s record, or -1 when the model has no weight for it. */
  private int find(String key) {
    int hash = key.hashCode();
    for (int i = slot(hash); ; i = (i + 1) & (slots.length - 1)) {
      long slot = slots[i];
      if (slot == 0) {
        return -1;
      }
      int offset = (int) slot - 1;
      if ((int) (slot >>> 32) == hash && sameKey(key, offset)) {
        return offset;
      }
    }
  }

  private boolean sameKey(String key, int offset) {
    int length = key.length();
    if ((int) (records[offset] >>> 32) != length) {
      return false;
    }
    for (int i = 0; i < length; i += 4) {
      long chars = records[offset + 1 + i / 4];
      for (int j = 0; j < 4 && i + j < length; j++) {
        if (key.charAt(i + j) != (char) (chars >>> (16 * j))) {
          return false;
        }
      }
    }
    return true;
  }

  /** Adds the weights of the record at {@code offset} to {@code sums[base + outcome]}. */
  private void add(int offset, double[] sums, int base) {
    long header = records[offset];
    int weights = (int) header;
    int w = offset + 1 + ((int) (header >>> 32) + 3) / 4;
    int ids = w + weights;
    for (int j = 0; j < weights; j++) {
      int outcome = (int) (records[ids + j / 4] >>> (16 * (j % 4))) & 0xFFFF;
      sums[base + outcome] += Double.longBitsToDouble(records[w + j]);
    }
  }

  /**
   * Per-thread evaluators of a classifier: for a perceptron, views of one compiled copy of its
   * weights; for any other model, the model itself.
   */
  static java.util.function.Supplier<MaxentModel> evaluators(MaxentModel model) {
    if (model instanceof PerceptronModel p) {
      CompiledPerceptron compiled = new CompiledPerceptron(p);
      return compiled::evaluator;
    }
    return () -> model;
  }

  /** A new evaluator over these weights, for one thread. */
  MaxentModel evaluator() {
    return new Evaluator();
  }

  /** The model's scores, with the previous call's shared prefix reused. Not thread-safe. */
  private final class Evaluator extends ForwardingModel {

    /** The previous call's context; {@code sums[k * outcomes + o]}: outcome o after k features. */
    private String[] last = new String[0];

    private double[] sums = new double[0];

    Evaluator() {
      super(CompiledPerceptron.this.model);
    }

    @Override
    public double[] eval(String[] context) {
      return eval(context, new double[outcomes]);
    }

    @Override
    public double[] eval(String[] context, double[] probs) {
      int shared = sharedPrefix(context);
      int need = (context.length + 1) * outcomes;
      if (sums.length < need) {
        sums = Arrays.copyOf(sums, Math.max(need, sums.length * 2));
      }
      if (shared == 0) {
        Arrays.fill(sums, 0, outcomes, 0.0);
      }
      for (int k = shared; k < context.length; k++) {
        int from = k * outcomes;
        System.arraycopy(sums, from, sums, from + outcomes, outcomes);
        int record = find(context[k]);
        if (record >= 0) {
          add(record, sums, from + outcomes);
        }
      }
      last = context;
      System.arraycopy(sums, context.length * outcomes, probs, 0, outcomes);
      return normalise(probs);
    }

    /**
     * How many leading features {@code context} shares, as the same objects, with the last call.
     */
    private int sharedPrefix(String[] context) {
      int n = Math.min(context.length, last.length);
      int k = 0;
      while (k < n && context[k] == last[k]) {
        k++;
      }
      return k;
    }

    /** PerceptronModel's normalisation: divide by the largest magnitude (at least 1), softmax. */
    private double[] normalise(double[] prior) {
      double max = 1;
      for (int o = 0; o < outcomes; o++) {
        if (max < StrictMath.abs(prior[o])) {
          max = StrictMath.abs(prior[o]);
        }
      }
      double normal = 0.0;
      for (int o = 0; o < outcomes; o++) {
        prior[o] = StrictMath.exp(prior[o] / max);
        normal += prior[o];
      }
      for (int o = 0; o < outcomes; o++) {
        prior[o] /= normal;
      }
      return prior;
    }

    @Override
    public double[] eval(String[] context, float[] values) {
      return model.eval(context, values);
    }
  }
}
