package org.credmatch.ner;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.perceptron.PerceptronModel;

/**
 * Merges perceptrons into one by averaging their weights: a feature's weight for an outcome is the
 * sum of the models' weights divided by the number of models, a weight a model lacks counting as 0.
 * A perceptron's scores are linear in its weights, so the merged model scores a context as the mean
 * of the models' raw scores would, yet it costs one model's evaluation (features: the union of the
 * models' features). Stateless and thread-safe.
 */
final class PerceptronAverage {

  private PerceptronAverage() {}

  /**
   * The averaged perceptron of {@code models} (at least one). Outcomes are matched by name: the
   * first model's in its order, then outcomes only later models have, in their order. Features are
   * sorted by name, and a feature keeps only its non-zero weights (as OpenNLP's model writer does),
   * so the result does not depend on the models' internal orders.
   */
  @SuppressWarnings("unchecked")
  static PerceptronModel average(List<PerceptronModel> models) {
    if (models.isEmpty()) {
      throw new IllegalArgumentException("no model to average");
    }
    Map<String, Integer> outcomes = new LinkedHashMap<>();
    for (PerceptronModel model : models) {
      for (int o = 0; o < model.getNumOutcomes(); o++) {
        outcomes.putIfAbsent(model.getOutcome(o), outcomes.size());
      }
    }
    Map<String, double[]> sums = new TreeMap<>();
    for (PerceptronModel model : models) {
      int[] merged = new int[model.getNumOutcomes()];
      for (int o = 0; o < merged.length; o++) {
        merged[o] = outcomes.get(model.getOutcome(o));
      }
      var predicates = (Map<String, Context>) ((AbstractModel) model).getDataStructures()[1];
      for (Map.Entry<String, Context> e : predicates.entrySet()) {
        double[] sum = sums.computeIfAbsent(e.getKey(), k -> new double[outcomes.size()]);
        int[] ids = e.getValue().getOutcomes();
        double[] weights = e.getValue().getParameters();
        for (int i = 0; i < ids.length; i++) {
          sum[merged[ids[i]]] += weights[i];
        }
      }
    }
    List<String> names = new ArrayList<>(sums.size());
    List<Context> params = new ArrayList<>(sums.size());
    for (Map.Entry<String, double[]> e : sums.entrySet()) {
      Context context = mean(e.getValue(), models.size());
      if (context.getOutcomes().length > 0) {
        names.add(e.getKey());
        params.add(context);
      }
    }
    return new PerceptronModel(
        params.toArray(Context[]::new),
        names.toArray(String[]::new),
        outcomes.keySet().toArray(String[]::new));
  }

  /** The non-zero entries of {@code sums} divided by {@code count}, by ascending outcome id. */
  private static Context mean(double[] sums, int count) {
    int nonZero = 0;
    for (double s : sums) {
      if (s != 0) {
        nonZero++;
      }
    }
    int[] ids = new int[nonZero];
    double[] weights = new double[nonZero];
    int j = 0;
    for (int o = 0; o < sums.length; o++) {
      if (sums[o] != 0) {
        ids[j] = o;
        weights[j++] = sums[o] / count;
      }
    }
    return new Context(ids, weights);
  }
}
