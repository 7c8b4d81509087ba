package org.credmatch.api.ops;

import java.time.Duration;
import java.util.Locale;

/**
 * Operational limits of the HTTP API. Immutable.
 *
 * @param ratePerSecond sustained API requests per second allowed per client address (0: no limit)
 * @param burst API requests a client may make at once before the rate applies
 * @param requestTimeout deadline for one extraction (the work behind a recommendation)
 * @param maxThreads most Jetty worker threads
 * @param queueCapacity most requests waiting for a worker thread
 * @param maxInFlight most API requests handled at once; more are answered 503
 */
public record OpsConfig(
    double ratePerSecond,
    int burst,
    Duration requestTimeout,
    int maxThreads,
    int queueCapacity,
    int maxInFlight) {

  public OpsConfig {
    if (ratePerSecond < 0 || burst < 1) {
      throw new IllegalArgumentException("rate must be >= 0 and burst >= 1");
    }
    if (requestTimeout.isNegative() || requestTimeout.isZero()) {
      throw new IllegalArgumentException("request timeout must be positive");
    }
    if (maxThreads < 8 || queueCapacity < 1 || maxInFlight < 1) {
      throw new IllegalArgumentException(
          "max threads must be >= 8, queue capacity and max in-flight >= 1");
    }
  }

  /** 20 requests/s burst 40 per client, 10 s deadline, 64 threads, queue 256, 48 in flight. */
  public static OpsConfig defaults() {
    return new OpsConfig(20, 40, Duration.ofSeconds(10), 64, 256, 48);
  }

  /**
   * Parses a duration written {@code 1500ms}, {@code 10s} or {@code 10} (seconds).
   *
   * @throws IllegalArgumentException when the text is none of these
   */
  public static Duration duration(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    try {
      if (t.endsWith("ms")) {
        return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
      }
      return Duration.ofSeconds(
          Long.parseLong(t.endsWith("s") ? t.substring(0, t.length() - 1) : t));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("'" + text + "' is not a duration like 10s or 1500ms", e);
    }
  }
}
