package org.credmatch.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import opennlp.tools.ml.model.MaxentModel;
import org.junit.jupiter.api.Test;

class OutsideScaledModelTest {

  /** A fixed classifier: outcomes "SKILL-start", "other", "SKILL-unit" scored 0.2, 0.5, 0.3. */
  private static final class Fixed implements MaxentModel {
    private final List<String> outcomes = List.of("SKILL-start", "other", "SKILL-unit");

    @Override
    public double[] eval(String[] context) {
      return new double[] {0.2, 0.5, 0.3};
    }

    @Override
    public double[] eval(String[] context, double[] probs) {
      return eval(context);
    }

    @Override
    public double[] eval(String[] context, float[] values) {
      return eval(context);
    }

    @Override
    public String getBestOutcome(double[] scores) {
      int best = 0;
      for (int i = 1; i < scores.length; i++) {
        best = scores[i] > scores[best] ? i : best;
      }
      return outcomes.get(best);
    }

    @Override
    public String getAllOutcomes(double[] scores) {
      return outcomes.toString();
    }

    @Override
    public String getOutcome(int i) {
      return outcomes.get(i);
    }

    @Override
    public int getIndex(String outcome) {
      return outcomes.indexOf(outcome);
    }

    @Override
    public int getNumOutcomes() {
      return outcomes.size();
    }
  }

  @Test
  void scalesOnlyTheOtherOutcomeWithoutRenormalising() {
    OutsideScaledModel model = new OutsideScaledModel(new Fixed(), 0.5);

    assertThat(model.eval(new String[] {"w=java"})).containsExactly(0.2, 0.25, 0.3);
    assertThat(model.getBestOutcome(model.eval(new String[0]))).isEqualTo("SKILL-unit");
  }

  @Test
  void leavesScoresAloneAtScaleOne() {
    OutsideScaledModel model = new OutsideScaledModel(new Fixed(), 1.0);

    assertThat(model.eval(new String[0], new double[3])).containsExactly(0.2, 0.5, 0.3);
    assertThat(model.getBestOutcome(model.eval(new String[0]))).isEqualTo("other");
  }

  @Test
  void rejectsScalesOutsideZeroToOne() {
    assertThatThrownBy(() -> new OutsideScaledModel(new Fixed(), 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new OutsideScaledModel(new Fixed(), 1.5))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
