package org.credmatch.eval.ranking;

import java.util.Locale;

/**
 * How far two assessors agree on the (posting, program) pairs both graded 0 to 3. Immutable.
 *
 * @param pairs pairs graded by both
 * @param exact share given the same grade
 * @param withinOne share whose grades differ by at most one
 * @param relevant share on the same side of relevant (2 or 3) against not (0 or 1), as P@5 counts
 * @param weightedKappa Cohen's kappa with quadratic weights: 1 for perfect agreement, 0 for what
 *     chance gives with the two assessors' own grade frequencies
 * @param confusion {@code confusion[first][second]}: pairs the first assessor graded {@code first}
 *     and the second {@code second}
 */
public record AssessorAgreement(
    int pairs,
    double exact,
    double withinOne,
    double relevant,
    double weightedKappa,
    int[][] confusion) {

  private static final int GRADES = 4;

  public AssessorAgreement {
    confusion = copy(confusion);
  }

  /** A copy: the record stays immutable. */
  @Override
  public int[][] confusion() {
    return copy(confusion);
  }

  private static int[][] copy(int[][] m) {
    int[][] out = new int[m.length][];
    for (int i = 0; i < m.length; i++) {
      out[i] = m[i].clone();
    }
    return out;
  }

  /**
   * The agreement of {@code first} and {@code second} over the pairs both hold.
   *
   * @throws IllegalArgumentException when they share no pair
   */
  public static AssessorAgreement of(Judgments first, Judgments second) {
    int[][] confusion = new int[GRADES][GRADES];
    int n = 0;
    for (String posting : second.postings()) {
      for (var e : second.gradesFor(posting).entrySet()) {
        Integer a = first.grade(posting, e.getKey());
        if (a != null) {
          confusion[a][e.getValue()]++;
          n++;
        }
      }
    }
    if (n == 0) {
      throw new IllegalArgumentException("the two sets of judgments share no (posting, program)");
    }
    int exact = 0;
    int withinOne = 0;
    int relevant = 0;
    double[] rows = new double[GRADES];
    double[] cols = new double[GRADES];
    for (int i = 0; i < GRADES; i++) {
      for (int j = 0; j < GRADES; j++) {
        int c = confusion[i][j];
        exact += i == j ? c : 0;
        withinOne += Math.abs(i - j) <= 1 ? c : 0;
        relevant += (i >= 2) == (j >= 2) ? c : 0;
        rows[i] += c;
        cols[j] += c;
      }
    }
    double observed = 0;
    double expected = 0;
    for (int i = 0; i < GRADES; i++) {
      for (int j = 0; j < GRADES; j++) {
        double w = (i - j) * (i - j);
        observed += w * confusion[i][j];
        expected += w * rows[i] * cols[j] / n;
      }
    }
    double kappa = expected == 0 ? 1.0 : 1 - observed / expected;
    return new AssessorAgreement(
        n, (double) exact / n, (double) withinOne / n, (double) relevant / n, kappa, confusion);
  }

  /** A few lines for a terminal: the figures, then the confusion matrix. */
  public String table() {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "assessor agreement on %d pairs: exact %.3f, within one grade %.3f, relevant (2-3)"
                + " or not %.3f, quadratic weighted kappa %.3f%n",
            pairs,
            exact,
            withinOne,
            relevant,
            weightedKappa));
    out.append("first \\ second     0     1     2     3\n");
    for (int i = 0; i < GRADES; i++) {
      out.append(String.format(Locale.ROOT, "%14d", i));
      for (int j = 0; j < GRADES; j++) {
        out.append(String.format(Locale.ROOT, "%6d", confusion[i][j]));
      }
      out.append('\n');
    }
    return out.toString();
  }
}
