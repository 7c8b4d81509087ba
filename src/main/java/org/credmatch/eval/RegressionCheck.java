package org.credmatch.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.credmatch.ner.DataFile;

/**
 * Re-runs a {@link Regression} and compares every figure within its tolerance. Stateless and
 * thread-safe.
 */
public final class RegressionCheck {

  /**
   * One compared figure, or a precondition (data or model checksum) that failed.
   *
   * @param key the figure key, or {@code sha256:<file>} for a checksum
   * @param expected expected value (NaN for checksums)
   * @param actual measured value (NaN for checksums)
   * @param ok whether it is within tolerance
   */
  public record Outcome(String key, double expected, double actual, boolean ok) {

    /** {@code OK key expected actual} or {@code FAIL ...}, one line. */
    public String line() {
      String status = ok ? "OK" : "FAIL";
      if (Double.isNaN(expected)) {
        return String.format(Locale.ROOT, "%-4s %s", status, key);
      }
      return String.format(
          Locale.ROOT, "%-4s %-26s expected %.4f  actual %.4f", status, key, expected, actual);
    }
  }

  /**
   * The outcome of a check.
   *
   * @param outcomes every compared figure and checksum
   * @param reports the evaluation of each run whose checksums held, in run order
   */
  public record Result(List<Outcome> outcomes, List<ExtractionReport> reports) {
    public Result {
      outcomes = List.copyOf(outcomes);
      reports = List.copyOf(reports);
    }

    /** Whether every figure and checksum is as expected. */
    public boolean ok() {
      return outcomes.stream().allMatch(Outcome::ok);
    }
  }

  private final ExtractionEvaluator evaluator = new ExtractionEvaluator();

  /**
   * Checks {@code regression} for a model with the given checksum.
   *
   * @param sharedData the folder that the runs' data paths are relative to
   * @param modelSha256 checksum of the model behind {@code tagger}
   */
  public Result check(Regression regression, Path sharedData, String modelSha256, SpanTagger tagger)
      throws IOException {
    List<Outcome> outcomes = new ArrayList<>();
    List<ExtractionReport> reports = new ArrayList<>();
    outcomes.add(checksum("sha256:model", regression.modelSha256(), modelSha256));
    for (Regression.Run run : regression.runs()) {
      List<Path> paths = new ArrayList<>();
      for (Regression.DataRef ref : run.data()) {
        Path path = sharedData.resolve(ref.path());
        String actual = Files.exists(path) ? DataFile.sha256(path) : "missing";
        outcomes.add(checksum("sha256:" + ref.path(), ref.sha256(), actual));
        paths.add(path);
      }
      if (outcomes.stream().allMatch(Outcome::ok)) {
        ExtractionReport report = evaluator.evaluate(EvaluationData.load(paths), tagger);
        outcomes.addAll(compare(run, report, regression.tolerance()));
        reports.add(report);
      }
    }
    return new Result(outcomes, reports);
  }

  private static Outcome checksum(String key, String expected, String actual) {
    return new Outcome(key, Double.NaN, Double.NaN, expected.equals(actual));
  }

  private static List<Outcome> compare(Regression.Run run, ExtractionReport report, double tol) {
    Map<String, Double> figures = report.figures();
    List<Outcome> outcomes = new ArrayList<>();
    run.expected()
        .forEach(
            (key, expected) -> {
              double actual = figures.getOrDefault(key, Double.NaN);
              outcomes.add(new Outcome(key, expected, actual, Math.abs(actual - expected) <= tol));
            });
    return outcomes;
  }
}
