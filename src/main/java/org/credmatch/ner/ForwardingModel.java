package org.credmatch.ner;

import opennlp.tools.ml.model.MaxentModel;

/**
 * A classifier view that answers every question about outcomes as the wrapped model does;
 * subclasses change how contexts are scored. Thread-safe if the subclass and the wrapped model are.
 */
abstract class ForwardingModel implements MaxentModel {

  /** The wrapped model. */
  protected final MaxentModel model;

  ForwardingModel(MaxentModel model) {
    this.model = model;
  }

  @Override
  public String getBestOutcome(double[] outcomes) {
    return model.getBestOutcome(outcomes);
  }

  @Override
  public String getAllOutcomes(double[] outcomes) {
    return model.getAllOutcomes(outcomes);
  }

  @Override
  public String getOutcome(int i) {
    return model.getOutcome(i);
  }

  @Override
  public int getIndex(String outcome) {
    return model.getIndex(outcome);
  }

  @Override
  public int getNumOutcomes() {
    return model.getNumOutcomes();
  }
}
