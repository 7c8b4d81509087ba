package org.credmatch.api.ops;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.credmatch.api.ApiException;
import org.credmatch.skills.Extraction;
import org.credmatch.skills.SkillExtractor;

/**
 * Runs each extraction on a worker and gives up after a deadline with a 503 {@link ApiException}
 * (the worker is interrupted). Thread-safe when the delegate is; the executor is owned by the
 * caller.
 */
public final class DeadlineExtractor implements SkillExtractor {

  private final SkillExtractor delegate;
  private final Duration timeout;
  private final ExecutorService workers;

  public DeadlineExtractor(SkillExtractor delegate, Duration timeout, ExecutorService workers) {
    this.delegate = delegate;
    this.timeout = timeout;
    this.workers = workers;
  }

  @Override
  public SkillExtractor withoutSpanModel() {
    SkillExtractor lean = delegate.withoutSpanModel();
    return lean == delegate ? this : new DeadlineExtractor(lean, timeout, workers);
  }

  @Override
  public void startBackgroundWork() {
    delegate.startBackgroundWork();
  }

  @Override
  public Extraction extract(String text) {
    Future<Extraction> future = workers.submit(() -> delegate.extract(text));
    try {
      return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw new ApiException(
          503,
          "Request timed out",
          "the text took longer than " + timeout.toMillis() + " ms to analyse; try again");
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new ApiException(503, "Request timed out", "the server is stopping; try again");
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r
          ? r
          : new IllegalStateException(e.getCause());
    }
  }
}
