package org.credmatch.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.credmatch.catalog.CatalogStore;
import org.credmatch.catalog.Credential;
import org.credmatch.index.CatalogIndex;
import org.credmatch.index.ConfigFiles;
import org.credmatch.index.IndexBuilder;
import org.credmatch.index.IndexLayout;
import org.credmatch.index.IndexSchema;
import org.credmatch.ner.OpenNlpSkillSpanFinder;
import org.credmatch.search.Filters;
import org.credmatch.search.RankingConfig;
import org.credmatch.search.RecommendationRequest;
import org.credmatch.search.Recommender;
import org.credmatch.skills.ExtractionConfig;
import org.credmatch.skills.SkillExtractor;
import org.credmatch.skills.SkillExtractors;
import org.credmatch.taxonomy.Taxonomy;

/**
 * Scale run: for each catalog size, derives a synthetic catalog from the default one ({@link
 * SyntheticCatalog}), builds its index, opens it and times recommendations for the three benchmark
 * ads against the BM25 whole-ad baseline on the same index, then reports heap after GC. With {@code
 * --serve DIR} it instead times a cold start in this fresh JVM: load the shipped extractor, open
 * the index kept in {@code DIR}, answer one recommendation. With {@code --time DIR} it times the
 * index kept in {@code DIR} in this fresh JVM, as a server serves an index built before it started
 * (the build column is then blank), rather than in the JVM that has just built the index, which
 * carries the build's garbage and code compiled for indexing. Usage:
 *
 * <pre>
 * ScaleBenchmark [--rounds N] [--keep DIR] SIZE...     (SIZE 0 means the real catalog)
 * ScaleBenchmark [--rounds N] --time DIR               (DIR: a --keep directory of one size)
 * ScaleBenchmark --serve DIR
 * </pre>
 *
 * <p>Not thread-safe; a command-line tool.
 */
public final class ScaleBenchmark {

  /**
   * Figures for one catalog size.
   *
   * @param size credentials indexed
   * @param buildMillis index build wall time, or -1 when the index was built by an earlier run
   * @param indexBytes bytes of the built index on disk
   * @param openMillis time to open the index and answer the first recommendation
   * @param recommend wall-clock latencies of full recommendations (extraction included)
   * @param recommendCpu CPU time of the same calls (robust to other load on the machine)
   * @param baseline wall-clock latencies of the BM25 whole-ad baseline
   * @param baselineCpu CPU time of the same calls
   * @param heapMb heap used after GC with the index open and the extractor loaded
   */
  public record Row(
      int size,
      long buildMillis,
      long indexBytes,
      double openMillis,
      Latencies recommend,
      Latencies recommendCpu,
      Latencies baseline,
      Latencies baselineCpu,
      double heapMb) {

    String line() {
      return String.format(
          Locale.ROOT,
          "| %,9d | %6s | %6.1f | %6.0f | %6.1f | %6.1f | %6.1f | %6.1f | %6.1f | %6.1f |"
              + " %5.1fx | %5.0f |",
          size,
          buildMillis < 0 ? "" : String.format(Locale.ROOT, "%.1f", buildMillis / 1000.0),
          indexBytes / 1048576.0,
          openMillis,
          recommend.p50(),
          recommend.p99(),
          recommendCpu.p50(),
          recommendCpu.p99(),
          baseline.p50(),
          baselineCpu.p50(),
          recommendCpu.p50() / baselineCpu.p50(),
          heapMb);
    }
  }

  static final String HEADER =
      "| credentials | build s | index MB | open ms | rec p50 | rec p99 | rec CPU p50 | rec CPU p99"
          + " | BM25 p50 | BM25 CPU p50 | CPU ratio | heap MB |\n"
          + "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|";

  private final ConfigFiles config = ConfigFiles.packaged();
  private final IndexSchema schema = IndexSchema.load(config);
  private final RankingConfig ranking = RankingConfig.load(config);
  private final SkillExtractor extractor;
  private final List<String> ads;

  public ScaleBenchmark(SkillExtractor extractor) {
    this.extractor = extractor;
    this.ads = List.copyOf(BenchAds.all().values());
  }

  /**
   * The shipped extractor (taxonomy, rules, the span model and the packaged curation), loaded the
   * way the server loads it: taxonomy and span model on other threads while the language models
   * load on this one.
   */
  public static SkillExtractor shippedExtractor() {
    var taxonomy = java.util.concurrent.CompletableFuture.supplyAsync(Taxonomy::loadDefault);
    var finder =
        java.util.concurrent.CompletableFuture.supplyAsync(OpenNlpSkillSpanFinder::loadDefault);
    return SkillExtractors.create(
        taxonomy,
        ExtractionConfig.loadDefault(),
        finder,
        org.credmatch.skills.CurationFiles.loadPackaged());
  }

  public static void main(String[] args) throws IOException {
    if (args.length == 2 && args[0].equals("--serve")) {
      serve(Path.of(args[1]), System.out);
      return;
    }
    int rounds = 100;
    Path keep = null;
    Path kept = null;
    List<Integer> sizes = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--rounds" -> rounds = Integer.parseInt(args[++i]);
        case "--keep" -> keep = Path.of(args[++i]);
        case "--time" -> kept = Path.of(args[++i]);
        default -> sizes.add(Integer.parseInt(args[i].replace("_", "")));
      }
    }
    if (kept != null) {
      ScaleBenchmark bench = new ScaleBenchmark(shippedExtractor());
      printHeader(rounds, System.out);
      System.out.println(bench.timeKept(kept, rounds).line());
      return;
    }
    run(sizes, rounds, keep, System.out);
  }

  static void run(List<Integer> sizes, int rounds, Path keep, PrintStream out) throws IOException {
    ScaleBenchmark bench = new ScaleBenchmark(shippedExtractor());
    printHeader(rounds, out);
    for (int size : sizes) {
      Path dir =
          keep != null ? keep.resolve(String.valueOf(size)) : Files.createTempDirectory("cm");
      out.println(bench.measure(size, dir, rounds).line());
      if (keep == null) {
        deleteTree(dir);
      }
    }
  }

  /** The machine's line and the table's header. */
  private static void printHeader(int rounds, PrintStream out) {
    out.printf(Locale.ROOT, "cores=%d maxHeap=%,d MB rounds=%d%n", cores(), maxHeapMb(), rounds);
    out.println(HEADER);
  }

  /** Builds, opens and times one catalog size in {@code dir}. */
  public Row measure(int size, Path dir, int rounds) throws IOException {
    IndexLayout layout = new IndexLayout(dir.resolve("index"));
    IndexBuilder.Result built = build(size, layout);
    return time(layout, built.millis(), treeBytes(built.generation()), rounds);
  }

  /** Opens and times the index a {@code --keep} run left in {@code dir}. */
  public Row timeKept(Path dir, int rounds) throws IOException {
    IndexLayout layout = new IndexLayout(dir.resolve("index"));
    return time(layout, -1, treeBytes(layout.current().orElseThrow()), rounds);
  }

  private Row time(IndexLayout layout, long buildMillis, long bytes, int rounds)
      throws IOException {
    long start = System.nanoTime();
    try (CatalogIndex index = CatalogIndex.open(layout, schema, config).orElseThrow()) {
      Recommender recommender = new Recommender(index, extractor, ranking);
      recommender.recommend(RecommendationRequest.of(ads.get(0), 10));
      double openMillis = (System.nanoTime() - start) / 1e6;
      Latencies[] rec = time(rounds, ad -> recommender.recommend(RecommendationRequest.of(ad, 10)));
      Latencies[] bm25 = time(rounds, ad -> recommender.baseline(ad, Filters.NONE, 10));
      double heap = heapAfterGcMb();
      return new Row(
          index.size(), buildMillis, bytes, openMillis, rec[0], rec[1], bm25[0], bm25[1], heap);
    }
  }

  private IndexBuilder.Result build(int size, IndexLayout layout) throws IOException {
    List<Credential> real = CatalogStore.readDefault();
    List<Credential> catalog =
        size <= 0 ? real : SyntheticCatalog.generate(real, size, SyntheticCatalog.DEFAULT_SEED);
    return new IndexBuilder(schema, config).build(catalog, layout, IndexBuilder.Progress.NONE);
  }

  /** One call under test. */
  @FunctionalInterface
  interface Call {
    Object run(String ad) throws IOException;
  }

  /**
   * Warms up for {@code rounds} passes over the ads, then times {@code rounds} more; returns wall
   * and CPU latencies.
   */
  Latencies[] time(int rounds, Call call) throws IOException {
    for (int i = 0; i < rounds; i++) {
      for (String ad : ads) {
        call.run(ad);
      }
    }
    var threads = ManagementFactory.getThreadMXBean();
    long[] wall = new long[rounds * ads.size()];
    long[] cpu = new long[wall.length];
    int n = 0;
    for (int i = 0; i < rounds; i++) {
      for (String ad : ads) {
        long c = threads.getCurrentThreadCpuTime();
        long t = System.nanoTime();
        call.run(ad);
        wall[n] = System.nanoTime() - t;
        cpu[n++] = threads.getCurrentThreadCpuTime() - c;
      }
    }
    return new Latencies[] {Latencies.ofNanos(wall), Latencies.ofNanos(cpu)};
  }

  /** Cold start in this JVM: extractor, index, first answer; times from JVM start. */
  static void serve(Path dir, PrintStream out) throws IOException {
    long start = System.nanoTime();
    ConfigFiles config = ConfigFiles.packaged();
    IndexLayout layout = new IndexLayout(dir.resolve("index"));
    // As the server does: the index opens while the extractor loads.
    var opening =
        java.util.concurrent.CompletableFuture.supplyAsync(
            () -> {
              try {
                return CatalogIndex.open(layout, IndexSchema.load(config), config).orElseThrow();
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
    SkillExtractor extractor = shippedExtractor();
    double extractorMs = (System.nanoTime() - start) / 1e6;
    try (CatalogIndex index = opening.join()) {
      double openMs = (System.nanoTime() - start) / 1e6;
      Recommender recommender = new Recommender(index, extractor, RankingConfig.load(config));
      recommender.recommend(RecommendationRequest.of(BenchAds.all().get("600"), 10));
      double total = (System.nanoTime() - start) / 1e6;
      out.printf(
          Locale.ROOT,
          "credentials=%,d jvmUptime=%d ms extractorLoad=%.0f ms extractor+open=%.0f ms"
              + " extractor+open+firstAnswer=%.0f ms heapAfterGc=%.0f MB%n",
          index.size(),
          ManagementFactory.getRuntimeMXBean().getUptime(),
          extractorMs,
          openMs,
          total,
          heapAfterGcMb());
    }
  }

  static double heapAfterGcMb() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1048576.0;
  }

  static long treeBytes(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(ScaleBenchmark::sizeOf).sum();
    }
  }

  private static long sizeOf(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  private static int cores() {
    return Runtime.getRuntime().availableProcessors();
  }

  private static long maxHeapMb() {
    return Runtime.getRuntime().maxMemory() / 1048576;
  }
}
