package org.credmatch.api.contract;

import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.credmatch.api.ApiServer;
import org.credmatch.api.ApiServices;
import org.credmatch.index.ConfigFiles;
import org.credmatch.search.RankingConfig;
import org.credmatch.search.SearchFixtures;
import org.credmatch.search.ServingCatalog;

/**
 * The real API on an ephemeral port over the fixture index and keyword extractor, with a small HTTP
 * client. Closing stops the server and the index. The client is thread-safe.
 */
final class ContractServer implements AutoCloseable {

  private final ServingCatalog index;
  private final Javalin app;
  private final HttpClient http = HttpClient.newHttpClient();

  private ContractServer(ServingCatalog index, Javalin app) {
    this.index = index;
    this.app = app;
  }

  static ContractServer start(Path dir) throws IOException {
    ServingCatalog index = SearchFixtures.serving(dir, SearchFixtures.extractor());
    var taxonomy = SearchFixtures.taxonomy();
    var services =
        new ApiServices(
            index,
            SearchFixtures.extractor(),
            taxonomy,
            RankingConfig.load(ConfigFiles.packaged()),
            List.of());
    return new ContractServer(
        index,
        ApiServer.create(
                services,
                new org.credmatch.api.ops.Ops(
                    org.credmatch.api.ops.OpsConfig.defaults(), index::size))
            .start("127.0.0.1", 0));
  }

  /** The app, for its route table. */
  Javalin app() {
    return app;
  }

  HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(uri(pathAndQuery)).GET().build());
  }

  /**
   * A GET on a connection of its own, for requests the HTTP layer refuses: it then closes the
   * connection, which must not break the shared client's next request.
   */
  HttpResponse<String> getAlone(String pathAndQuery) throws IOException, InterruptedException {
    try (HttpClient alone = HttpClient.newHttpClient()) {
      return alone.send(
          HttpRequest.newBuilder(uri(pathAndQuery)).GET().build(),
          HttpResponse.BodyHandlers.ofString());
    }
  }

  HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
    return post(path, json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  HttpResponse<String> post(String path, byte[] body) throws IOException, InterruptedException {
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build());
  }

  private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private URI uri(String pathAndQuery) {
    return URI.create("http://127.0.0.1:" + app.port() + pathAndQuery);
  }

  @Override
  public void close() throws IOException {
    app.stop();
    index.close();
  }
}
