package org.credmatch.eval;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.credmatch.ner.DataFile;

/**
 * Figures of one evaluation run. Immutable.
 *
 * @param data the evaluated files
 * @param sentences sentences tagged
 * @param tokens tokens tagged
 * @param scores span counts by matching mode and scope
 * @param postings posting-level figures, present when the data has posting boundaries
 * @param taggingNanos wall time spent inside the tagger (one thread)
 * @param warnings soft problems met on the way
 */
public record ExtractionReport(
    List<DataFile> data,
    int sentences,
    int tokens,
    Map<Matching, Map<Scope, Scores>> scores,
    Optional<PostingScores> postings,
    long taggingNanos,
    List<String> warnings) {

  public ExtractionReport {
    data = List.copyOf(data);
    Map<Matching, Map<Scope, Scores>> copy = new EnumMap<>(Matching.class);
    scores.forEach((m, byScope) -> copy.put(m, java.util.Collections.unmodifiableMap(byScope)));
    scores = java.util.Collections.unmodifiableMap(copy);
    warnings = List.copyOf(warnings);
  }

  /** The counts of one matching mode and scope. */
  public Scores scores(Matching matching, Scope scope) {
    return scores.getOrDefault(matching, Map.of()).getOrDefault(scope, Scores.ZERO);
  }

  /** Tagging throughput on one thread. */
  public double tokensPerSecond() {
    return taggingNanos == 0 ? 0 : tokens * 1e9 / taggingNanos;
  }

  /**
   * Every figure under a stable key, e.g. {@code overlap.BOTH.f1} or {@code posting.recall}: what
   * regression files pin.
   */
  public SortedMap<String, Double> figures() {
    SortedMap<String, Double> figures = new TreeMap<>();
    for (Matching m : Matching.values()) {
      for (Scope s : Scope.values()) {
        String prefix = m.name().toLowerCase(java.util.Locale.ROOT) + "." + s.name() + ".";
        Scores c = scores(m, s);
        figures.put(prefix + "precision", c.precision());
        figures.put(prefix + "recall", c.recall());
        figures.put(prefix + "f1", c.f1());
      }
    }
    postings.ifPresent(
        p -> {
          figures.put("posting.precision", p.precision());
          figures.put("posting.recall", p.recall());
          figures.put("posting.f1", p.f1());
        });
    return figures;
  }
}
