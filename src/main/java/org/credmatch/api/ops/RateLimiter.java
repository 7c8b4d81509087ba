package org.credmatch.api.ops;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Token buckets keyed by client: each holds up to {@code burst} tokens refilled at {@code rate} per
 * second; a request takes one. Thread-safe: buckets are updated under their own lock.
 */
public final class RateLimiter {

  private static final int MAX_CLIENTS = 10_000;
  private final double rate;
  private final int burst;
  private final LongSupplier nanos;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  /** A limiter on the system clock. */
  public RateLimiter(double ratePerSecond, int burst) {
    this(ratePerSecond, burst, System::nanoTime);
  }

  RateLimiter(double ratePerSecond, int burst, LongSupplier nanos) {
    this.rate = ratePerSecond;
    this.burst = burst;
    this.nanos = nanos;
  }

  /**
   * Takes a token for {@code client}.
   *
   * @return 0 if allowed, otherwise the whole seconds (at least 1) until a token is available
   */
  public long acquire(String client) {
    if (rate <= 0) {
      return 0;
    }
    long now = nanos.getAsLong();
    if (buckets.size() > MAX_CLIENTS) {
      buckets.values().removeIf(b -> b.isFull(now));
    }
    return buckets.computeIfAbsent(client, k -> new Bucket(now)).take(now);
  }

  private final class Bucket {
    private double tokens = burst;
    private long updated;

    Bucket(long now) {
      this.updated = now;
    }

    synchronized long take(long now) {
      refill(now);
      if (tokens >= 1) {
        tokens -= 1;
        return 0;
      }
      return Math.max(1, (long) Math.ceil((1 - tokens) / rate));
    }

    synchronized boolean isFull(long now) {
      refill(now);
      return tokens >= burst;
    }

    private void refill(long now) {
      tokens = Math.min(burst, tokens + (now - updated) / 1e9 * rate);
      updated = now;
    }
  }
}
