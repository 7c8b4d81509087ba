package org.credmatch.util;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DeferredTest {

  @Test
  void nothingRunsUntilStartedThenItRunsOnceOnItsOwnThread() throws InterruptedException {
    AtomicInteger runs = new AtomicInteger();
    CountDownLatch ran = new CountDownLatch(1);
    String[] thread = new String[1];
    Deferred<String> d =
        new Deferred<>(
            "test-work",
            () -> {
              runs.incrementAndGet();
              thread[0] = Thread.currentThread().getName();
              ran.countDown();
              return "done";
            });
    Thread.sleep(50);
    assertThat(runs).hasValue(0);
    assertThat(d.isDone()).isFalse();

    d.start().start();
    assertThat(ran.await(10, TimeUnit.SECONDS)).isTrue();
    assertThat(d.join()).isEqualTo("done");
    assertThat(d.join()).isEqualTo("done");
    assertThat(runs).hasValue(1);
    assertThat(thread[0]).isEqualTo("test-work");
    assertThat(d.isDone()).isTrue();
  }

  @Test
  void joinStartsWorkNobodyStarted() {
    AtomicInteger runs = new AtomicInteger();
    Deferred<Integer> d = new Deferred<>("test-work", runs::incrementAndGet);
    assertThat(d.join()).isEqualTo(1);
    assertThat(runs).hasValue(1);
  }

  @Test
  void whatTheWorkThrowsIsThrownByJoinAsIs() {
    Deferred<String> d =
        new Deferred<>(
            "test-work",
            () -> {
              throw new IllegalStateException("model missing");
            });
    assertThatThrownBy(d::join)
        .isExactlyInstanceOf(IllegalStateException.class)
        .hasMessage("model missing");
    assertThatThrownBy(d::join).isExactlyInstanceOf(IllegalStateException.class);
    assertThat(d.isDone()).isTrue();
  }

  @Test
  void asyncRunsOnANamedThreadAndReportsFailures() {
    assertThat(Async.supply("named-loader", () -> Thread.currentThread().getName()).join())
        .isEqualTo("named-loader");
    var failed =
        Async.supply(
            "failing-loader",
            () -> {
              throw new IllegalArgumentException("bad");
            });
    assertThatThrownBy(failed::join).hasCauseExactlyInstanceOf(IllegalArgumentException.class);
  }
}
