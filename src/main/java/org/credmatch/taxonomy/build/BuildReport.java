package org.credmatch.taxonomy.build;

import java.util.Map;
import java.util.TreeMap;

/**
 * What a taxonomy build read and decided: input records by origin and counted events (merges,
 * derived labels added or dropped). Immutable.
 *
 * @param inputs records read, by origin
 * @param events counted events, by description
 */
public record BuildReport(Map<String, Integer> inputs, Map<String, Integer> events) {

  public BuildReport {
    inputs = Map.copyOf(inputs);
    events = Map.copyOf(events);
  }

  /** Plain-text lines, sorted, for the command's output. */
  public String describe() {
    StringBuilder out = new StringBuilder("records read:\n");
    new TreeMap<>(inputs).forEach((k, v) -> out.append(String.format("  %-40s %7d%n", k, v)));
    out.append("decisions:\n");
    new TreeMap<>(events).forEach((k, v) -> out.append(String.format("  %-62s %7d%n", k, v)));
    return out.toString();
  }

  /** Collects counts during one build. Mutable; confined to the build's thread. */
  static final class Counter {
    private final Map<String, Integer> counts = new TreeMap<>();

    void add(String event) {
      counts.merge(event, 1, Integer::sum);
    }

    Map<String, Integer> counts() {
      return counts;
    }
  }
}
