package org.credmatch.cli;

import java.io.PrintStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.credmatch.ner.OpenNlpSkillSpanFinder;
import org.credmatch.skills.ExtractionConfig;
import org.credmatch.skills.SkillExtractor;
import org.credmatch.skills.SkillExtractors;
import org.credmatch.taxonomy.Taxonomy;

/** Builds the shipped extraction pipeline: taxonomy matcher plus the trained span model. */
final class Extractors {

  private Extractors() {}

  static SkillExtractor load(Taxonomy taxonomy, PrintStream log) {
    return load(CompletableFuture.completedFuture(taxonomy), log);
  }

  /**
   * Loads the extraction settings and the span model while the taxonomy is still loading (they are
   * independent), then builds the extractor.
   */
  static SkillExtractor load(CompletableFuture<Taxonomy> taxonomyLoading, PrintStream log) {
    long start = System.nanoTime();
    SkillExtractor extractor;
    Taxonomy taxonomy;
    try (ExecutorService loaders = Executors.newFixedThreadPool(2)) {
      var config = CompletableFuture.supplyAsync(ExtractionConfig::loadDefault, loaders);
      var finder = CompletableFuture.supplyAsync(OpenNlpSkillSpanFinder::loadDefault, loaders);
      taxonomy = taxonomyLoading.join();
      extractor = SkillExtractors.create(taxonomy, config.join(), finder.join());
    }
    log.printf(
        "Extractor ready: %,d taxonomy skills, in %d ms%n",
        taxonomy.size(), (System.nanoTime() - start) / 1_000_000);
    return extractor;
  }
}
