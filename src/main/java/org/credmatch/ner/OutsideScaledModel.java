package org.credmatch.ner;

import opennlp.tools.ml.model.MaxentModel;

/**
 * A view of a trained token classifier whose score for the "other" outcome (the token belongs to no
 * span) is multiplied by a constant factor. Scores are not renormalised, so in a beam search every
 * token labelled "other" costs {@code log(factor)}: a factor below 1 makes the decoder prefer
 * spans, which trades precision for recall, while the scores of span outcomes stay the model's own.
 *
 * <p>Thread-safe if the wrapped model is (OpenNLP's trained models are read-only).
 */
final class OutsideScaledModel extends ForwardingModel {

  /** OpenNLP's outcome for tokens outside every span, for the BIO and BILOU codecs alike. */
  static final String OTHER = "other";

  private final int other;
  private final double factor;

  OutsideScaledModel(MaxentModel model, double factor) {
    super(model);
    if (!(factor > 0 && factor <= 1)) {
      throw new IllegalArgumentException("outside scale must be in (0, 1], not " + factor);
    }
    this.other = model.getIndex(OTHER);
    this.factor = factor;
  }

  private double[] scaled(double[] scores) {
    if (other >= 0) {
      scores[other] *= factor;
    }
    return scores;
  }

  @Override
  public double[] eval(String[] context) {
    return scaled(model.eval(context));
  }

  @Override
  public double[] eval(String[] context, double[] probs) {
    return scaled(model.eval(context, probs));
  }

  @Override
  public double[] eval(String[] context, float[] values) {
    return scaled(model.eval(context, values));
  }
}
