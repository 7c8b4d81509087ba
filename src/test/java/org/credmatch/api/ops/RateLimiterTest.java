package org.credmatch.api.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

  final AtomicLong clock = new AtomicLong();
  final RateLimiter limiter = new RateLimiter(2, 3, clock::get);

  @Test
  void allowsTheBurstThenAsksToWaitUntilATokenRefills() {
    for (int i = 0; i < 3; i++) {
      assertThat(limiter.acquire("a")).isZero();
    }
    assertThat(limiter.acquire("a")).isEqualTo(1);
    clock.addAndGet(500_000_000L);
    assertThat(limiter.acquire("a")).isZero();
    assertThat(limiter.acquire("a")).isEqualTo(1);
  }

  @Test
  void waitGrowsWithTheMissingTokensAtSlowRates() {
    var slow = new RateLimiter(0.25, 1, clock::get);
    assertThat(slow.acquire("a")).isZero();
    assertThat(slow.acquire("a")).isEqualTo(4);
  }

  @Test
  void keepsOneBucketPerClient() {
    for (int i = 0; i < 3; i++) {
      limiter.acquire("a");
    }
    assertThat(limiter.acquire("a")).isPositive();
    assertThat(limiter.acquire("b")).isZero();
  }

  @Test
  void refillsNoMoreThanTheBurst() {
    clock.addAndGet(60_000_000_000L);
    for (int i = 0; i < 3; i++) {
      assertThat(limiter.acquire("a")).isZero();
    }
    assertThat(limiter.acquire("a")).isPositive();
  }

  @Test
  void zeroRateMeansNoLimit() {
    var none = new RateLimiter(0, 1, clock::get);
    for (int i = 0; i < 100; i++) {
      assertThat(none.acquire("a")).isZero();
    }
  }
}
