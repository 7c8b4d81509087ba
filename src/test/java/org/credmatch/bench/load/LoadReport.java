package org.credmatch.bench.load;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Figures of one load run. Immutable.
 *
 * @param sent requests sent
 * @param ok requests answered 200
 * @param errors failures by cause: an HTTP status, or an exception class name
 * @param seconds wall time from the first send to the last answer
 * @param latenciesMillis answer latencies of all requests, measured from the planned send time
 * @param heapBytesAtEnd server heap used after the run (jvm_memory_used_bytes, area heap), or -1
 * @param heapBytesMax the largest server heap used seen while sampling, or -1
 */
public record LoadReport(
    int sent,
    int ok,
    Map<String, Integer> errors,
    double seconds,
    double[] latenciesMillis,
    double heapBytesAtEnd,
    double heapBytesMax) {

  public LoadReport {
    errors = Map.copyOf(new TreeMap<>(errors));
    latenciesMillis = Arrays.stream(latenciesMillis).filter(d -> !Double.isNaN(d)).toArray();
    Arrays.sort(latenciesMillis);
  }

  /** Total failed requests. */
  public int errorCount() {
    return errors.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** The nearest-rank percentile of the latencies, in milliseconds (NaN when none). */
  public double percentile(double p) {
    if (latenciesMillis.length == 0) {
      return Double.NaN;
    }
    int rank = (int) Math.ceil(p / 100.0 * latenciesMillis.length);
    return latenciesMillis[Math.clamp(rank - 1, 0, latenciesMillis.length - 1)];
  }

  /** Prints the figures as the lines quoted in docs/operations.md. */
  public void print(PrintStream out) {
    out.printf(
        Locale.ROOT,
        "requests   %d sent, %d ok, %d errors %s%n",
        sent,
        ok,
        errorCount(),
        new TreeMap<>(errors));
    out.printf(Locale.ROOT, "throughput %.2f requests/s over %.1f s%n", sent / seconds, seconds);
    out.printf(
        Locale.ROOT,
        "latency    p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n",
        percentile(50),
        percentile(90),
        percentile(99),
        percentile(100));
    out.printf(
        Locale.ROOT,
        "heap       %.1f MiB used at end, %.1f MiB largest sample%n",
        heapBytesAtEnd / (1 << 20),
        heapBytesMax / (1 << 20));
  }
}
