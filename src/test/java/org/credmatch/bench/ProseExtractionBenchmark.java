package org.credmatch.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.credmatch.catalog.importer.ImportSource;
import org.credmatch.skills.CurationFiles;
import org.credmatch.skills.ExtractionConfig;
import org.credmatch.skills.SkillExtractor;
import org.credmatch.skills.SkillExtractors;
import org.credmatch.taxonomy.Taxonomy;

/**
 * How fast catalog prose is read for skills, the stage that bounds a build with extraction: every
 * distinct description of the provider catalogs once per round, on {@code --threads} threads (as
 * {@code catalog import --threads}), with the importer's extractor (packaged curation, no span
 * model).
 *
 * <p>Each round uses a <b>new</b> extractor, so its word caches (lemmas, tokenizations) start empty
 * and only help where the catalog itself repeats a word: a description is never seen twice by one
 * extractor, unlike the 20,000-record import corpus, which repeats each description about ten
 * times. The first round warms the JIT and is not counted.
 *
 * <pre>
 * java -cp $CP org.credmatch.bench.ProseExtractionBenchmark ../shared/data/catalog-sources [--threads 2] [--rounds 4]
 * </pre>
 *
 * <p>A command-line tool; not thread-safe.
 */
public final class ProseExtractionBenchmark {

  private ProseExtractionBenchmark() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 1) {
      System.err.println(
          "usage: ProseExtractionBenchmark CATALOG_SOURCES_DIR [--threads N] [--rounds N]");
      System.exit(2);
    }
    int threads = intOption(args, "--threads", Runtime.getRuntime().availableProcessors());
    int rounds = intOption(args, "--rounds", 4);
    List<String> prose = ImportCorpus.prose(ImportSource.providerCatalogs(Path.of(args[0])));
    List<String> distinct = List.copyOf(new java.util.LinkedHashSet<>(prose));
    Taxonomy taxonomy = Taxonomy.loadDefault();
    ExtractionConfig config = ExtractionConfig.loadDefault();
    PrintStream out = System.out;
    out.printf(
        Locale.ROOT,
        "%,d distinct descriptions (%,d words), %d threads, a new extractor per round%n",
        distinct.size(),
        distinct.stream().mapToLong(ExtractionBenchmark::words).sum(),
        threads);
    for (int round = 0; round <= rounds; round++) {
      SkillExtractor extractor =
          SkillExtractors.create(taxonomy, config, null, CurationFiles.loadPackaged());
      AtomicLong cpuNanos = new AtomicLong();
      long start = System.nanoTime();
      long skills = pass(extractor, distinct, threads, cpuNanos);
      double seconds = (System.nanoTime() - start) / 1e9;
      out.printf(
          Locale.ROOT,
          "%s %d: %.2f s, %,.0f descriptions/s; %.3f ms CPU a description, %,.0f/s per core"
              + " (%,d skills)%n",
          round == 0 ? "warm-up" : "round",
          round,
          seconds,
          distinct.size() / seconds,
          cpuNanos.get() / 1e6 / distinct.size(),
          distinct.size() / (cpuNanos.get() / 1e9),
          skills);
    }
  }

  /**
   * Extracts every text once on {@code threads} threads; returns the number of skills found and
   * adds the threads' CPU time to {@code cpuNanos}.
   */
  static long pass(SkillExtractor extractor, List<String> texts, int threads, AtomicLong cpuNanos)
      throws Exception {
    var bean = ManagementFactory.getThreadMXBean();
    AtomicLong skills = new AtomicLong();
    try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
      List<Future<?>> parts = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int first = t;
        parts.add(
            pool.submit(
                () -> {
                  long cpu = bean.getCurrentThreadCpuTime();
                  for (int i = first; i < texts.size(); i += threads) {
                    skills.addAndGet(extractor.extract(texts.get(i)).skills().size());
                  }
                  cpuNanos.addAndGet(bean.getCurrentThreadCpuTime() - cpu);
                }));
      }
      for (Future<?> part : parts) {
        part.get();
      }
    }
    return skills.get();
  }

  private static int intOption(String[] args, String name, int fallback) {
    for (int i = 1; i + 1 < args.length; i++) {
      if (args[i].equals(name)) {
        return Integer.parseInt(args[i + 1]);
      }
    }
    return fallback;
  }
}
