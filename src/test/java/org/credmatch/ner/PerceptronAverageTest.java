package org.credmatch.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Random;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.perceptron.PerceptronModel;
import org.junit.jupiter.api.Test;

class PerceptronAverageTest {

  private static final String[] OUTCOMES = RandomPerceptrons.OUTCOMES;

  /** A perceptron over 30 features with seeded random weights for a random subset of outcomes. */
  private static PerceptronModel model(long seed) {
    return RandomPerceptrons.model(seed, 30);
  }

  /** The weight of {@code feature} for {@code outcome}, 0 when the model has none. */
  @SuppressWarnings("unchecked")
  private static double weight(PerceptronModel model, String feature, String outcome) {
    var predicates = (Map<String, Context>) ((AbstractModel) model).getDataStructures()[1];
    Context context = predicates.get(feature);
    if (context == null) {
      return 0;
    }
    int id = model.getIndex(outcome);
    for (int i = 0; i < context.getOutcomes().length; i++) {
      if (context.getOutcomes()[i] == id) {
        return context.getParameters()[i];
      }
    }
    return 0;
  }

  @Test
  void averagingCopiesOfOneModelScoresLikeThatModel() {
    PerceptronModel one = model(3);
    PerceptronModel merged = PerceptronAverage.average(List.of(one, model(3), model(3)));
    Random random = new Random(5);
    for (int call = 0; call < 500; call++) {
      String[] context = new String[1 + random.nextInt(6)];
      for (int i = 0; i < context.length; i++) {
        context[i] = "f" + random.nextInt(35); // f30..f34 are unknown
      }
      double[] expected = one.eval(context);
      double[] actual = merged.eval(context);
      for (int o = 0; o < OUTCOMES.length; o++) {
        assertThat(actual[o]).isCloseTo(expected[o], within(1e-12));
      }
    }
  }

  @Test
  void mergedWeightsAreTheMeanWithMissingWeightsCountedAsZero() {
    List<PerceptronModel> models = List.of(model(1), model(2), model(4));
    PerceptronModel merged = PerceptronAverage.average(models);

    for (int f = 0; f < 30; f++) {
      String feature = "f" + f;
      for (String outcome : OUTCOMES) {
        double mean = models.stream().mapToDouble(m -> weight(m, feature, outcome)).sum() / 3;
        assertThat(weight(merged, feature, outcome)).isCloseTo(mean, within(1e-12));
      }
    }
  }

  @Test
  void matchesOutcomesByNameAndKeepsTheUnionOfFeatures() {
    PerceptronModel a =
        new PerceptronModel(
            new Context[] {new Context(new int[] {0, 1}, new double[] {2, 4})},
            new String[] {"shared"},
            new String[] {"other", "SKILL-unit"});
    PerceptronModel b =
        new PerceptronModel(
            new Context[] {
              new Context(new int[] {0, 1, 2}, new double[] {6, 8, 10}),
              new Context(new int[] {1}, new double[] {-2})
            },
            new String[] {"shared", "own"},
            new String[] {"SKILL-unit", "other", "KNOWLEDGE-unit"});

    PerceptronModel merged = PerceptronAverage.average(List.of(a, b));

    assertThat(merged.getNumOutcomes()).isEqualTo(3);
    assertThat(List.of(merged.getOutcome(0), merged.getOutcome(1), merged.getOutcome(2)))
        .containsExactly("other", "SKILL-unit", "KNOWLEDGE-unit");
    assertThat(weight(merged, "shared", "other")).isEqualTo(5.0); // (2 + 8) / 2
    assertThat(weight(merged, "shared", "SKILL-unit")).isEqualTo(5.0); // (4 + 6) / 2
    assertThat(weight(merged, "shared", "KNOWLEDGE-unit")).isEqualTo(5.0); // (0 + 10) / 2
    assertThat(weight(merged, "own", "other")).isEqualTo(-1.0); // (0 - 2) / 2
    assertThat(weight(merged, "own", "SKILL-unit")).isZero();
  }

  @Test
  void dropsFeaturesWhoseWeightsCancelOut() {
    PerceptronModel a =
        new PerceptronModel(
            new Context[] {new Context(new int[] {0}, new double[] {3})},
            new String[] {"f"},
            new String[] {"other"});
    PerceptronModel b =
        new PerceptronModel(
            new Context[] {new Context(new int[] {0}, new double[] {-3})},
            new String[] {"f"},
            new String[] {"other"});

    PerceptronModel merged = PerceptronAverage.average(List.of(a, b));

    assertThat((Map<?, ?>) ((AbstractModel) merged).getDataStructures()[1]).isEmpty();
  }

  @Test
  void rejectsAnEmptyBag() {
    assertThatThrownBy(() -> PerceptronAverage.average(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
