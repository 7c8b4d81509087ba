package org.credmatch.eval.ranking;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The pinned ranking figures: which data (with checksums), which command, which numbers, within
 * which tolerance. Immutable; read from and written to JSON.
 *
 * @param command the command that reproduces the figures
 * @param postings postings file (relative to the project root) and its sha256
 * @param perSource postings taken from each source
 * @param skipPerSource postings of each source passed over before those (0 for the dev set; the
 *     held-out set starts after the dev postings)
 * @param judgments judgments file and its sha256
 * @param tolerance largest accepted absolute difference per figure
 * @param expected figures by name ("credmatch.ndcg10", "baseline.p5"...)
 */
public record RankingRegression(
    String command,
    DataRef postings,
    int perSource,
    int skipPerSource,
    DataRef judgments,
    double tolerance,
    Map<String, Double> expected) {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /**
   * A data file and its checksum.
   *
   * @param path path relative to the project root
   * @param sha256 hex SHA-256 of its bytes
   */
  public record DataRef(String path, String sha256) {}

  /**
   * One compared figure.
   *
   * @param name figure name
   * @param expected pinned value
   * @param actual measured value
   * @param ok within tolerance
   */
  public record Outcome(String name, double expected, double actual, boolean ok) {}

  public static RankingRegression read(InputStream in) throws IOException {
    return JSON.readValue(in, RankingRegression.class);
  }

  public void write(Path file) throws IOException {
    JSON.writeValue(file.toFile(), this);
  }

  /** The figures of a report by name, in name order. */
  public static Map<String, Double> figures(RankingReport report) {
    Map<String, Double> out = new TreeMap<>();
    put(out, "credmatch", report.credmatch());
    put(out, "baseline", report.baseline());
    return out;
  }

  private static void put(Map<String, Double> out, String system, RankingReport.SystemScores s) {
    out.put(system + ".ndcg10", s.ndcg10());
    out.put(system + ".p5", s.p5());
    out.put(system + ".coverage5", s.coverage5());
    out.put(system + ".judged10", s.judged10());
  }

  /** Compares a fresh report with the pinned figures. */
  public List<Outcome> check(RankingReport report) {
    Map<String, Double> actual = figures(report);
    List<Outcome> out = new ArrayList<>();
    expected.forEach(
        (name, value) -> {
          double a = actual.getOrDefault(name, Double.NaN);
          out.add(new Outcome(name, value, a, Math.abs(a - value) <= tolerance));
        });
    return out;
  }
}
