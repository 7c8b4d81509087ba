package org.credmatch.cli;

import io.javalin.Javalin;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.credmatch.api.ApiServer;
import org.credmatch.api.ApiServices;
import org.credmatch.search.SkillSuggester;
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

  @Override
  public Integer call() throws Exception {
    Engine e = Engine.open(engine.toOptions(), System.err);
    var suggester = new SkillSuggester(e.taxonomy(), e.index());
    var services =
        new ApiServices(
            e.index(),
            e.extractor(),
            e.recommender(),
            e.taxonomy(),
            suggester,
            e.ranking(),
            corsOrigins);
    Javalin app = ApiServer.create(services).start(host, port);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  app.stop();
                  e.close();
                  stopped.countDown();
                }));
    String shown = "0.0.0.0".equals(host) ? "localhost" : host;
    System.out.printf(
        "CredMatch is serving %,d credentials at http://%s:%d/%n",
        e.index().size(), shown, app.port());
    System.out.flush();
    stopped.await();
    return 0;
  }
}
