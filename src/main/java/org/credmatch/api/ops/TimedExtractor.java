package org.credmatch.api.ops;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.credmatch.skills.Extraction;
import org.credmatch.skills.SkillExtractor;

/**
 * Records each extraction's duration in the {@code credmatch.extraction} timer. Thread-safe when
 * the delegate is.
 */
public final class TimedExtractor implements SkillExtractor {

  private final SkillExtractor delegate;
  private final Timer timer;

  public TimedExtractor(SkillExtractor delegate, MeterRegistry registry) {
    this(
        delegate,
        Timer.builder("credmatch.extraction")
            .description("time to extract skills from one text")
            .publishPercentileHistogram()
            .register(registry));
  }

  private TimedExtractor(SkillExtractor delegate, Timer timer) {
    this.delegate = delegate;
    this.timer = timer;
  }

  @Override
  public SkillExtractor withoutSpanModel() {
    SkillExtractor lean = delegate.withoutSpanModel();
    return lean == delegate ? this : new TimedExtractor(lean, timer);
  }

  @Override
  public void startBackgroundWork() {
    delegate.startBackgroundWork();
  }

  @Override
  public Extraction extract(String text) {
    return timer.record(() -> delegate.extract(text));
  }
}
