package org.credmatch.bench;

import java.util.Arrays;

/**
 * Percentiles of a set of timings, in milliseconds, by the nearest-rank method. Immutable.
 *
 * @param sortedMillis the timings, ascending
 */
public record Latencies(double[] sortedMillis) {

  public Latencies {
    if (sortedMillis.length == 0) {
      throw new IllegalArgumentException("no timings");
    }
    sortedMillis = sortedMillis.clone();
    Arrays.sort(sortedMillis);
  }

  /** Builds from nanosecond timings. */
  public static Latencies ofNanos(long[] nanos) {
    return new Latencies(Arrays.stream(nanos).mapToDouble(n -> n / 1e6).toArray());
  }

  /** The {@code p}-th percentile (0 < p <= 100), nearest rank. */
  public double percentile(double p) {
    int rank = (int) Math.ceil(p / 100.0 * sortedMillis.length);
    return sortedMillis[Math.max(0, Math.min(sortedMillis.length - 1, rank - 1))];
  }

  public double p50() {
    return percentile(50);
  }

  public double p99() {
    return percentile(99);
  }

  public int count() {
    return sortedMillis.length;
  }
}
