package org.credmatch.eval;

/**
 * Counts of one span comparison and the figures derived from them. Precision is 0 when nothing was
 * predicted, recall 0 when there was nothing to find. Immutable.
 *
 * @param matched predicted spans matched one-to-one with gold spans (true positives)
 * @param predicted spans the system returned
 * @param gold spans in the gold standard
 */
public record Scores(int matched, int predicted, int gold) {

  public static final Scores ZERO = new Scores(0, 0, 0);

  public Scores {
    if (matched < 0 || matched > predicted || matched > gold) {
      throw new IllegalArgumentException(
          "matched %d must lie in [0, min(%d, %d)]".formatted(matched, predicted, gold));
    }
  }

  public Scores plus(Scores other) {
    return new Scores(matched + other.matched, predicted + other.predicted, gold + other.gold);
  }

  public double precision() {
    return predicted == 0 ? 0 : (double) matched / predicted;
  }

  public double recall() {
    return gold == 0 ? 0 : (double) matched / gold;
  }

  public double f1() {
    return f1(precision(), recall());
  }

  /** The harmonic mean of {@code p} and {@code r}, 0 when both are 0. */
  static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
