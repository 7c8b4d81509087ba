package org.credmatch.api.ops;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.function.IntSupplier;
import org.credmatch.api.ApiException;
import org.credmatch.skills.SkillExtractor;
import org.eclipse.jetty.util.BlockingArrayQueue;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The operational layer of one server: per-client rate limit, in-flight cap, extraction deadline,
 * bounded Jetty pool and Prometheus metrics. Thread-safe; close it after the server stops.
 */
public final class Ops implements AutoCloseable {

  static final String ADMITTED = "credmatch.ops.admitted";
  private final OpsConfig config;
  private final ApiMetrics metrics;
  private final RateLimiter limiter;
  private final Semaphore inFlight;
  private final ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();

  /** Operations for a server whose index holds {@code indexSize} credentials. */
  public Ops(OpsConfig config, IntSupplier indexSize) {
    this.config = config;
    this.metrics = new ApiMetrics(indexSize);
    this.limiter = new RateLimiter(config.ratePerSecond(), config.burst());
    this.inFlight = new Semaphore(config.maxInFlight());
  }

  public OpsConfig config() {
    return config;
  }

  public ApiMetrics metrics() {
    return metrics;
  }

  /** The extractor timed into the metrics and bounded by the request deadline. */
  public SkillExtractor guard(SkillExtractor extractor) {
    return new DeadlineExtractor(
        new TimedExtractor(extractor, metrics.registry()), config.requestTimeout(), workers);
  }

  /**
   * Registers the bounded thread pool, the admission (before) and recording (after) handlers and
   * {@code GET /metrics}. Call after the request id is assigned, so refusals carry it.
   */
  public void install(JavalinConfig javalin) {
    javalin.jetty.threadPool =
        new QueuedThreadPool(
            config.maxThreads(),
            Math.min(8, config.maxThreads()),
            60_000,
            new BlockingArrayQueue<>(config.queueCapacity()));
    javalin.routes.before(this::admit);
    javalin.routes.after(this::release);
    javalin.routes.get("/metrics", metrics::scrape);
  }

  private void admit(Context ctx) {
    metrics.start(ctx);
    if (!ctx.path().startsWith("/api/")) {
      return;
    }
    long wait = limiter.acquire(ctx.ip());
    if (wait > 0) {
      ctx.header("Retry-After", Long.toString(wait));
      throw new ApiException(
          429,
          "Too many requests",
          "this client sent more than "
              + config.burst()
              + " requests at once or more than "
              + config.ratePerSecond()
              + " per second; retry after "
              + wait
              + " s");
    }
    if (!inFlight.tryAcquire()) {
      ctx.header("Retry-After", "1");
      throw new ApiException(
          503, "Server busy", "the server is answering as many requests as it can; try again");
    }
    ctx.attribute(ADMITTED, Boolean.TRUE);
  }

  private void release(Context ctx) {
    if (Boolean.TRUE.equals(ctx.attribute(ADMITTED))) {
      ctx.attribute(ADMITTED, Boolean.FALSE);
      inFlight.release();
    }
    metrics.record(ctx);
  }

  @Override
  public void close() {
    workers.shutdownNow();
    metrics.close();
  }
}
