package org.credmatch.api.ops;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.router.Endpoint;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

/**
 * The Prometheus registry and per-request recording: {@code http.server.requests} (timer with a
 * histogram, tagged method, route, status), {@code http.server.errors} (status >= 500), {@code
 * credmatch.index.credentials} and JVM meters. Thread-safe.
 */
public final class ApiMetrics implements AutoCloseable {

  static final String START = "credmatch.ops.start";
  private final PrometheusMeterRegistry registry =
      new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final JvmGcMetrics gc = new JvmGcMetrics();

  /** A registry with JVM meters and the index size gauge read from {@code indexSize}. */
  public ApiMetrics(IntSupplier indexSize) {
    new JvmMemoryMetrics().bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    gc.bindTo(registry);
    Gauge.builder("credmatch.index.credentials", indexSize::getAsInt)
        .description("credentials in the open index")
        .register(registry);
  }

  /** The registry, for further meters such as the extraction timer. */
  public MeterRegistry registry() {
    return registry;
  }

  void start(Context ctx) {
    ctx.attribute(START, System.nanoTime());
  }

  void record(Context ctx) {
    Long start = ctx.attribute(START);
    if (start == null) {
      return;
    }
    String status = Integer.toString(ctx.statusCode());
    String route = route(ctx);
    Timer.builder("http.server.requests")
        .description("HTTP requests by route and status")
        .tags("method", ctx.method().name(), "route", route, "status", status)
        .publishPercentileHistogram()
        .register(registry)
        .record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
    if (ctx.statusCode() >= 500) {
      Counter.builder("http.server.errors")
          .description("HTTP requests answered with a server error")
          .tags("route", route, "status", status)
          .register(registry)
          .increment();
    }
  }

  /** Writes the Prometheus text exposition. */
  void scrape(Context ctx) {
    ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(registry.scrape());
  }

  /** The matched route template, so that ids in paths do not multiply the series. */
  static String route(Context ctx) {
    List<Endpoint> endpoints = ctx.endpoints().list();
    for (int i = endpoints.size() - 1; i >= 0; i--) {
      HandlerType type = endpoints.get(i).method;
      if (type.isHttpMethod()) {
        return endpoints.get(i).path;
      }
    }
    return ctx.statusCode() == 404 ? "NOT_FOUND" : "static";
  }

  @Override
  public void close() {
    gc.close();
    registry.close();
  }
}
