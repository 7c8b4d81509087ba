package org.credmatch.eval;

import java.util.Locale;
import java.util.StringJoiner;

/**
 * Renders an {@link ExtractionReport} as a plain-text or Markdown table, figures to three decimals.
 * Stateless and thread-safe.
 */
public final class ReportTable {

  private static final String[] HEADER = {
    "scope",
    "strict P",
    "strict R",
    "strict F1",
    "overlap P",
    "overlap R",
    "overlap F1",
    "gold",
    "predicted"
  };

  private ReportTable() {}

  /** A Markdown table of the span figures, followed by the posting-level line if any. */
  public static String markdown(ExtractionReport report) {
    StringBuilder out = new StringBuilder();
    out.append(row(HEADER, "| ", " | ", " |")).append('\n');
    out.append("|---".repeat(HEADER.length)).append("|\n");
    for (Scope scope : Scope.values()) {
      out.append(row(cells(report, scope), "| ", " | ", " |")).append('\n');
    }
    report.postings().ifPresent(p -> out.append('\n').append(postingLine(p)).append('\n'));
    return out.toString();
  }

  /** An aligned plain-text table with the data, sizes, speed and warnings. */
  public static String text(ExtractionReport report) {
    StringBuilder out = new StringBuilder();
    report
        .data()
        .forEach(
            f ->
                out.append("data  ")
                    .append(f.name())
                    .append("  sha256 ")
                    .append(f.sha256())
                    .append('\n'));
    out.append("%d sentences, %d tokens%n".formatted(report.sentences(), report.tokens()));
    out.append(padded(HEADER)).append('\n');
    for (Scope scope : Scope.values()) {
      out.append(padded(cells(report, scope))).append('\n');
    }
    report.postings().ifPresent(p -> out.append(postingLine(p)).append('\n'));
    out.append(
        String.format(
            Locale.ROOT, "tagging speed: %.0f tokens/s on one thread%n", report.tokensPerSecond()));
    report.warnings().forEach(w -> out.append("warning: ").append(w).append('\n'));
    return out.toString();
  }

  private static String[] cells(ExtractionReport report, Scope scope) {
    Scores strict = report.scores(Matching.STRICT, scope);
    Scores overlap = report.scores(Matching.OVERLAP, scope);
    return new String[] {
      scope.name(),
      fmt(strict.precision()),
      fmt(strict.recall()),
      fmt(strict.f1()),
      fmt(overlap.precision()),
      fmt(overlap.recall()),
      fmt(overlap.f1()),
      Integer.toString(strict.gold()),
      Integer.toString(strict.predicted())
    };
  }

  private static String postingLine(PostingScores p) {
    return String.format(
        Locale.ROOT,
        "posting-level skills (macro over %d postings): P %s  R %s  F1 %s",
        p.postings(),
        fmt(p.precision()),
        fmt(p.recall()),
        fmt(p.f1()));
  }

  private static String fmt(double value) {
    return String.format(Locale.ROOT, "%.3f", value);
  }

  private static String padded(String[] cells) {
    StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-10s", cells[0]));
    for (int i = 1; i < cells.length; i++) {
      line.append(String.format(Locale.ROOT, "%11s", cells[i]));
    }
    return line.toString();
  }

  private static String row(String[] cells, String open, String separator, String close) {
    StringJoiner joiner = new StringJoiner(separator, open, close);
    for (String cell : cells) {
      joiner.add(cell);
    }
    return joiner.toString();
  }
}
