package org.credmatch.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DeferredSpanFinderTest {

  private static final SkillSpanFinder FIXED =
      tokens -> List.of(new SkillSpan(0, 1, SkillSpan.Kind.SKILL, 0.9));

  @Test
  void theModelIsLoadedOnFirstUseOnlyAndOnce() {
    AtomicInteger loads = new AtomicInteger();
    SkillSpanFinder deferred = counting(loads);
    assertThat(loads).hasValue(0);
    assertThat(deferred.find(List.of("Java"))).isEqualTo(FIXED.find(List.of("Java")));
    deferred.find(List.of("SQL"));
    assertThat(loads).hasValue(1);
  }

  @Test
  void startingTheBackgroundWorkLoadsItBeforeAnyUse() throws InterruptedException {
    AtomicInteger loads = new AtomicInteger();
    SkillSpanFinder deferred = counting(loads);
    deferred.startBackgroundWork();
    for (int i = 0; i < 200 && loads.get() == 0; i++) {
      Thread.sleep(10);
    }
    assertThat(loads).hasValue(1);
    deferred.find(List.of("Java"));
    assertThat(loads).hasValue(1);
  }

  private static SkillSpanFinder counting(AtomicInteger loads) {
    return SkillSpanFinder.deferred(
        () -> {
          loads.incrementAndGet();
          return FIXED;
        });
  }
}
