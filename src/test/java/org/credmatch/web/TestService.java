package org.credmatch.web;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.credmatch.api.ApiServer;
import org.credmatch.api.ApiServices;
import org.credmatch.catalog.CatalogStore;
import org.credmatch.catalog.Credential;
import org.credmatch.index.ConfigFiles;
import org.credmatch.search.RankingConfig;
import org.credmatch.search.SearchFixtures;
import org.credmatch.search.ServingCatalog;
import org.credmatch.taxonomy.Taxonomy;

/**
 * The real API server, in this JVM on a free loopback port, over the shared fixture catalog plus
 * the hostile record of {@code /web/hostile.jsonl}, with the keyword fake extractor. One per test
 * class; not thread-safe to start or close, the running server is.
 */
final class TestService implements AutoCloseable {

  private final ServingCatalog index;
  private final Javalin app;

  private TestService(ServingCatalog index, Javalin app) {
    this.index = index;
    this.app = app;
  }

  /** Starts a service that lets browsers on {@code corsOrigins} call it. */
  static TestService start(Path dir, List<String> corsOrigins) throws IOException {
    List<Credential> catalog = catalog();
    var extractor = SearchFixtures.extractor();
    var ranking = RankingConfig.load(ConfigFiles.packaged());
    Taxonomy taxonomy = taxonomy(catalog);
    ServingCatalog index = SearchFixtures.serving(dir, catalog, taxonomy, extractor);
    var services = new ApiServices(index, extractor, taxonomy, ranking, corsOrigins);
    return new TestService(index, ApiServer.create(services).start("127.0.0.1", 0));
  }

  /** The base URL, ending in "/". */
  String base() {
    return "http://127.0.0.1:" + app.port() + "/";
  }

  static List<Credential> catalog() throws IOException {
    List<Credential> all = new ArrayList<>(SearchFixtures.catalog());
    try (InputStream in = TestService.class.getResourceAsStream("/web/hostile.jsonl")) {
      all.addAll(CatalogStore.read(in));
    }
    return all;
  }

  /** A taxonomy of the catalog's made-up skill ids, labels from the ids ("skill:sql" -> "sql"). */
  static Taxonomy taxonomy(List<Credential> catalog) {
    return SearchFixtures.taxonomy(catalog);
  }

  @Override
  public void close() throws IOException {
    app.stop();
    index.close();
  }
}
