package org.credmatch.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.perceptron.PerceptronModel;
import org.junit.jupiter.api.Test;

class CompiledPerceptronTest {

  private static final String[] OUTCOMES = RandomPerceptrons.OUTCOMES;

  /** A perceptron over 40 features with seeded random weights, some features silent. */
  private static PerceptronModel model(long seed) {
    return RandomPerceptrons.model(seed, 40);
  }

  @Test
  void scoresExactlyLikeThePerceptronOverContextsThatShareTheirBeginnings() {
    PerceptronModel reference = model(7);
    MaxentModel cached = CompiledPerceptron.evaluators(reference).get();
    assertThat(cached).isNotSameAs(reference);
    Random random = new Random(11);
    String[] previous = new String[0];
    for (int call = 0; call < 2_000; call++) {
      String[] context = nextContext(random, previous);
      double[] expected = reference.eval(context);
      assertThat(cached.eval(context)).containsExactly(expected);
      assertThat(cached.eval(context, new double[OUTCOMES.length])).containsExactly(expected);
      previous = context;
    }
  }

  /**
   * Like a beam search: often the previous call's first features (same instances) followed by new
   * ones, sometimes equal strings that are other instances, sometimes unknown features.
   */
  private static String[] nextContext(Random random, String[] previous) {
    List<String> out = new ArrayList<>();
    if (random.nextBoolean()) {
      int keep = random.nextInt(previous.length + 1);
      out.addAll(List.of(previous).subList(0, keep));
    }
    int more = random.nextInt(8);
    for (int i = 0; i < more; i++) {
      int f = random.nextInt(45); // f40..f44 are not in the model
      out.add(random.nextBoolean() ? "f" + f : new String(("f" + f).toCharArray()));
    }
    return out.toArray(String[]::new);
  }

  @Test
  void evaluatorsOfOneCompiledModelKeepTheirOwnState() {
    PerceptronModel reference = model(9);
    var evaluators = CompiledPerceptron.evaluators(reference);
    MaxentModel a = evaluators.get();
    MaxentModel b = evaluators.get();
    Random random = new Random(13);
    String[] previousA = new String[0];
    String[] previousB = new String[0];
    for (int call = 0; call < 1_000; call++) {
      String[] contextA = nextContext(random, previousA);
      String[] contextB = nextContext(random, previousB);
      assertThat(a.eval(contextA)).containsExactly(reference.eval(contextA));
      assertThat(b.eval(contextB)).containsExactly(reference.eval(contextB));
      previousA = contextA;
      previousB = contextB;
    }
  }

  @Test
  void tellsApartFeaturesWhoseHashCodesCollide() {
    // "Aa" and "BB" have the same String.hashCode, and so do all their concatenations.
    String[] names = {"Aa", "BB", "AaAa", "AaBB", "BBAa", "BBBB", ""};
    Context[] params = new Context[names.length];
    for (int f = 0; f < names.length; f++) {
      params[f] = new Context(new int[] {f % 3, (f + 1) % 3}, new double[] {f + 0.5, -2.0 * f});
    }
    PerceptronModel reference = new PerceptronModel(params, names, OUTCOMES);
    MaxentModel cached = CompiledPerceptron.evaluators(reference).get();
    for (String f : List.of("Aa", "BB", "AaAa", "AaBB", "BBAa", "BBBB", "", "BBBBAa", "Ab")) {
      String[] context = {f};
      assertThat(cached.eval(context)).as(f).containsExactly(reference.eval(context));
    }
  }

  @Test
  void leavesOtherModelsAlone() {
    MaxentModel other = new OutsideScaledModel(model(3), 0.9);
    assertThat(CompiledPerceptron.evaluators(other).get()).isSameAs(other);
  }

  @Test
  void answersLikeTheModelForOutcomeNames() {
    MaxentModel cached = CompiledPerceptron.evaluators(model(5)).get();
    assertThat(cached.getNumOutcomes()).isEqualTo(3);
    assertThat(cached.getIndex("SKILL-cont")).isEqualTo(2);
    assertThat(cached.getOutcome(1)).isEqualTo("SKILL-start");
    assertThat(cached.getBestOutcome(new double[] {0.1, 0.7, 0.2})).isEqualTo("SKILL-start");
  }
}
