package org.credmatch.cli;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.credmatch.catalog.CatalogStore;
import org.credmatch.catalog.Credential;
import org.credmatch.index.CatalogIndex;
import org.credmatch.index.ConfigFiles;
import org.credmatch.index.IndexBuilder;
import org.credmatch.index.IndexLayout;
import org.credmatch.index.IndexSchema;
import org.credmatch.ner.DataFile;
import org.credmatch.search.RankingConfig;
import org.credmatch.search.Recommender;
import org.credmatch.search.ServingCatalog;
import org.credmatch.skills.CuratedExtractor;
import org.credmatch.skills.SkillExtractor;
import org.credmatch.taxonomy.Taxonomy;
import org.credmatch.util.Async;

/**
 * Everything a running CredMatch needs, opened once: configuration, the catalog index (built on
 * first start, or rebuilt when the catalog changed), the extractor and the recommender. Thread-safe
 * after {@link #open}; close it once when done.
 */
final class Engine implements Closeable {

  /**
   * Where things are.
   *
   * @param dataDir folder holding the index
   * @param configDir index-config folder, or null for the packaged one
   * @param catalog catalog JSON-lines file, or null for the embedded default catalog
   * @param discardAdminChanges rebuild from a changed catalog even when the index holds changes
   *     made through the admin API (they are lost)
   */
  record Options(Path dataDir, Path configDir, Path catalog, boolean discardAdminChanges) {
    Options(Path dataDir, Path configDir, Path catalog) {
      this(dataDir, configDir, catalog, false);
    }

    IndexLayout layout() {
      return new IndexLayout(dataDir.resolve("index"));
    }

    /**
     * Where the curator's files are read and written: {@code curation/} of the config folder when
     * one is given, else of the data folder (until a curator saves there, the packaged files are
     * used).
     */
    Path curationDir() {
      return (configDir != null ? configDir : dataDir).resolve("curation");
    }
  }

  private final ConfigFiles config;
  private final IndexLayout layout;
  private final RankingConfig ranking;
  private final CatalogIndex index;
  private boolean indexHandedOver;
  private final Taxonomy taxonomy;
  private final CuratedExtractor extractor;
  private final Recommender recommender;

  private Engine(
      ConfigFiles config,
      IndexLayout layout,
      CatalogIndex index,
      Taxonomy taxonomy,
      CuratedExtractor extractor) {
    this.config = config;
    this.layout = layout;
    this.taxonomy = taxonomy;
    this.ranking = RankingConfig.load(config);
    this.index = index;
    this.extractor = extractor;
    this.recommender = new Recommender(index, extractor, ranking);
  }

  static Engine open(Options options, PrintStream log) throws IOException {
    ConfigFiles config = ConfigFiles.of(options.configDir());
    var taxonomy = Async.supply("taxonomy-loader", Taxonomy::loadDefault);
    var extractor =
        Async.supply(
            "extractor-loader", () -> Extractors.load(taxonomy, options.curationDir(), log));
    CatalogIndex index = openOrBuildIndex(options, config, log);
    try {
      return new Engine(config, options.layout(), index, taxonomy.join(), extractor.join());
    } catch (java.util.concurrent.CompletionException e) {
      index.close();
      throw e;
    }
  }

  /** Opens the index, building it first when it is absent or was built from another catalog. */
  static CatalogIndex openOrBuildIndex(Options options, ConfigFiles config, PrintStream log)
      throws IOException {
    IndexSchema schema = IndexSchema.load(config);
    IndexLayout layout = options.layout();
    String fingerprint = withSchema(fingerprint(options.catalog()), config);
    Optional<CatalogIndex> open = CatalogIndex.open(layout, schema, config);
    if (open.isPresent() && open.get().sourceFingerprint().equals(fingerprint)) {
      return open.get();
    }
    if (open.isPresent()) {
      closeUnlessAdminChangesWouldBeLost(open.get(), options);
      log.println(
          "The catalog or the index schema changed since the index was built: rebuilding it.");
    }
    build(layout, schema, config, catalogBytes(options.catalog()), log);
    return CatalogIndex.open(layout, schema, config).orElseThrow();
  }

  /**
   * The SHA-256 of a catalog file (or of the embedded default catalog when null), streamed: a start
   * whose index is current never holds the whole catalog in memory.
   */
  static String fingerprint(Path file) throws IOException {
    try (InputStream in = openCatalog(file)) {
      return DataFile.sha256(in);
    }
  }

  /**
   * Closes an index about to be rebuilt, refusing when it holds admin API changes the rebuild would
   * drop and {@code --discard-admin-changes} was not given.
   */
  static void closeUnlessAdminChangesWouldBeLost(CatalogIndex index, Options options)
      throws IOException {
    long batches = index.adminBatches();
    index.close();
    if (batches > 0 && !options.discardAdminChanges()) {
      throw new AdminChangesException(options.layout(), options, batches);
    }
  }

  /**
   * Builds the index from a catalog file's bytes, recording their SHA-256 as the fingerprint that
   * {@link #openOrBuildIndex} compares, and reports progress on {@code log}.
   */
  static IndexBuilder.Result build(
      IndexLayout layout,
      IndexSchema schema,
      ConfigFiles config,
      byte[] catalogBytes,
      PrintStream log)
      throws IOException {
    List<Credential> catalog = CatalogStore.read(new java.io.ByteArrayInputStream(catalogBytes));
    String fingerprint = withSchema(sha256(catalogBytes), config);
    log.printf("Indexing %,d credentials into %s%n", catalog.size(), layout.root());
    IndexBuilder.Progress progress =
        (done, total) -> log.printf("  indexed %,d / %,d%n", done, total);
    IndexBuilder.Result result =
        new IndexBuilder(schema, config).build(catalog, layout, progress, fingerprint);
    log.printf(
        "Index ready: %,d credentials in %d ms (%s)%n",
        result.documents(), result.millis(), result.generation());
    return result;
  }

  /**
   * A catalog's fingerprint joined with the SHA-256 of the schema it is indexed with, so an index
   * built under another {@code schema.json} (a field added by an upgrade, say) is rebuilt too.
   */
  static String withSchema(String catalogFingerprint, ConfigFiles config) throws IOException {
    try (InputStream in = config.openResource("schema.json")) {
      return catalogFingerprint + " schema " + DataFile.sha256(in);
    }
  }

  static byte[] catalogBytes(Path file) throws IOException {
    try (InputStream in = openCatalog(file)) {
      return in.readAllBytes();
    }
  }

  /** A catalog file, or the embedded default catalog when {@code file} is null. */
  private static InputStream openCatalog(Path file) throws IOException {
    if (file != null) {
      return Files.newInputStream(file);
    }
    InputStream in = CatalogStore.class.getResourceAsStream(CatalogStore.DEFAULT_RESOURCE);
    if (in == null) {
      throw new IOException("the embedded default catalog is missing from this build");
    }
    return in;
  }

  static String sha256(byte[] bytes) throws IOException {
    return DataFile.sha256(new java.io.ByteArrayInputStream(bytes));
  }

  /**
   * Hands the index over to a {@link ServingCatalog} that serves it with {@code servingExtractor}
   * and can swap in admin batches; from then on the serving catalog closes the index, not this
   * engine. Unfinished generations a crash left behind are removed first (one server writes a data
   * folder).
   */
  ServingCatalog serve(SkillExtractor servingExtractor, PrintStream log) throws IOException {
    int stale = layout.removeStale();
    if (stale > 0) {
      log.printf("Removed %d unfinished index generation(s) left by an interruption.%n", stale);
    }
    var serving =
        new ServingCatalog(
            layout, index.schema(), config, index, taxonomy, servingExtractor, ranking);
    indexHandedOver = true;
    return serving;
  }

  ConfigFiles config() {
    return config;
  }

  RankingConfig ranking() {
    return ranking;
  }

  CatalogIndex index() {
    return index;
  }

  Taxonomy taxonomy() {
    return taxonomy;
  }

  CuratedExtractor extractor() {
    return extractor;
  }

  Recommender recommender() {
    return recommender;
  }

  @Override
  public void close() {
    if (indexHandedOver) {
      return;
    }
    try {
      index.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
