package org.credmatch.cli;

import io.javalin.Javalin;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.credmatch.api.AdminKey;
import org.credmatch.api.AdminServices;
import org.credmatch.api.ApiServer;
import org.credmatch.api.ApiServices;
import org.credmatch.api.ops.Ops;
import org.credmatch.api.ops.OpsConfig;
import org.credmatch.search.ServingCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code credmatch serve}: the HTTP API and web page, until interrupted. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = "Serve the API and web page (the index is built on first start).")
final class ServeCommand implements Callable<Integer> {

  @Mixin EngineOptions engine;

  @Option(
      names = "--host",
      defaultValue = "127.0.0.1",
      description = "Address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for all).")
  String host;

  @Option(
      names = "--port",
      defaultValue = "${env:CREDMATCH_PORT:-8080}",
      description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(
      names = "--cors-origin",
      paramLabel = "ORIGIN",
      description =
          "An origin allowed to call the API from a browser, e.g. https://jobs.example.org (repeatable).")
  List<String> corsOrigins = List.of();

  @Option(
      names = "--rate-limit",
      defaultValue = "20",
      description =
          "API requests per second allowed per client address (default: ${DEFAULT-VALUE}; 0: none).")
  double rateLimit;

  @Option(
      names = "--rate-burst",
      defaultValue = "40",
      description = "API requests a client may send at once (default: ${DEFAULT-VALUE}).")
  int rateBurst;

  @Option(
      names = "--request-timeout",
      defaultValue = "10s",
      paramLabel = "DURATION",
      description = "Deadline to analyse one text, e.g. 10s or 1500ms (default: ${DEFAULT-VALUE}).")
  String requestTimeout;

  @Option(
      names = "--max-threads",
      defaultValue = "64",
      description = "Most HTTP worker threads (default: ${DEFAULT-VALUE}).")
  int maxThreads;

  @Option(
      names = "--queue-capacity",
      defaultValue = "256",
      description = "Most connections waiting for a worker thread (default: ${DEFAULT-VALUE}).")
  int queueCapacity;

  @Option(
      names = "--max-in-flight",
      defaultValue = "48",
      description = "Most API requests handled at once; more get 503 (default: ${DEFAULT-VALUE}).")
  int maxInFlight;

  /** Environment variable holding the admin API key. */
  static final String ADMIN_KEY_VARIABLE = "CREDMATCH_ADMIN_KEY";

  OpsConfig opsConfig() {
    return new OpsConfig(
        rateLimit,
        rateBurst,
        OpsConfig.duration(requestTimeout),
        maxThreads,
        queueCapacity,
        maxInFlight);
  }

  @Override
  public Integer call() throws Exception {
    AdminServices admin = AdminServices.OFF;
    String key = System.getenv(ADMIN_KEY_VARIABLE);
    AdminKey adminKey = null;
    if (key != null && !key.isEmpty()) {
      try {
        adminKey = AdminKey.of(key);
      } catch (IllegalArgumentException refused) {
        System.err.println("credmatch: " + refused.getMessage());
        return 2;
      }
    }
    Engine e = Engine.open(engine.toOptions(), System.err);
    var served = new java.util.concurrent.atomic.AtomicReference<ServingCatalog>();
    var ops = new Ops(opsConfig(), () -> served.get() == null ? 0 : served.get().size());
    var extractor = ops.guard(e.extractor());
    ServingCatalog catalog = e.serve(extractor, System.err);
    served.set(catalog);
    if (adminKey != null) {
      admin =
          new AdminServices(
              adminKey,
              new ExtractorTagger(e.taxonomy(), e.extractor()),
              e.extractor(),
              engine.toOptions().curationDir());
    }
    var services =
        new ApiServices(catalog, extractor, e.taxonomy(), e.ranking(), corsOrigins, admin);
    Javalin app = ApiServer.create(services, ops).start(host, port);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  app.stop();
                  ops.close();
                  catalog.close();
                  e.close();
                  stopped.countDown();
                }));
    String shown = "0.0.0.0".equals(host) ? "localhost" : host;
    System.out.printf(
        "CredMatch is serving %,d credentials at http://%s:%d/%n",
        catalog.size(), shown, app.port());
    System.err.println(
        admin.enabled()
            ? "Admin API on (" + ADMIN_KEY_VARIABLE + " is set)."
            : "Admin API off (set " + ADMIN_KEY_VARIABLE + " to turn it on).");
    System.out.flush();
    // what only some requests need is built now, not during the start it would slow down
    extractor.startBackgroundWork();
    catalog.startBackgroundWork();
    stopped.await();
    return 0;
  }
}
