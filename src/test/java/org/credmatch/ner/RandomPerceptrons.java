package org.credmatch.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.perceptron.PerceptronModel;

/** Small perceptrons with seeded random weights, for tests of code that reads their weights. */
final class RandomPerceptrons {

  static final String[] OUTCOMES = {"other", "SKILL-start", "SKILL-cont"};

  private RandomPerceptrons() {}

  /**
   * A perceptron over {@code features} features ({@code f0}, {@code f1}...) and {@link #OUTCOMES},
   * each feature weighted for a random subset of the outcomes (some features silent).
   */
  static PerceptronModel model(long seed, int features) {
    Random random = new Random(seed);
    String[] names = new String[features];
    Context[] params = new Context[features];
    for (int f = 0; f < features; f++) {
      names[f] = "f" + f;
      List<Integer> ids = new ArrayList<>();
      for (int o = 0; o < OUTCOMES.length; o++) {
        if (random.nextInt(3) > 0) {
          ids.add(o);
        }
      }
      double[] weights = new double[ids.size()];
      for (int j = 0; j < weights.length; j++) {
        weights[j] = random.nextGaussian() * 3;
      }
      params[f] = new Context(ids.stream().mapToInt(Integer::intValue).toArray(), weights);
    }
    return new PerceptronModel(params, names, OUTCOMES);
  }
}
