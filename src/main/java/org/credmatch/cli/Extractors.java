package org.credmatch.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.credmatch.ner.OpenNlpSkillSpanFinder;
import org.credmatch.ner.SkillSpanFinder;
import org.credmatch.skills.CuratedExtractor;
import org.credmatch.skills.Curation;
import org.credmatch.skills.CurationException;
import org.credmatch.skills.CurationFiles;
import org.credmatch.skills.ExtractionConfig;
import org.credmatch.skills.SkillExtractors;
import org.credmatch.taxonomy.Taxonomy;

/**
 * Builds the shipped extraction pipeline: taxonomy matcher plus, unless asked otherwise, the
 * trained span model.
 */
final class Extractors {

  private Extractors() {}

  /** How the span model is loaded. */
  private enum SpanModel {
    /** Not at all. */
    NONE,
    /** While the rest loads. */
    NOW,
    /** When first used or when the extractor's background work starts. */
    DEFERRED
  }

  /** The shipped pipeline with the packaged curation, its span model loaded. */
  static CuratedExtractor load(Taxonomy taxonomy, PrintStream log) {
    return load(CompletableFuture.completedFuture(taxonomy), null, SpanModel.NOW, log);
  }

  /**
   * The shipped pipeline with the packaged curation but without the span model, for callers that
   * keep only taxonomy matches (catalog import): the model is neither loaded nor indexed for.
   */
  static CuratedExtractor loadWithoutSpanModel(Taxonomy taxonomy, PrintStream log) {
    return load(CompletableFuture.completedFuture(taxonomy), null, SpanModel.NONE, log);
  }

  /**
   * The pipeline of a server or of a ranking command: the span model, which only the full reading
   * of {@code POST /api/v1/skills/extract} uses (ranking reads ads without it), is loaded when
   * first used or once the caller starts the extractor's background work ({@link
   * CuratedExtractor#startBackgroundWork()}), not during the start it would slow down.
   */
  static CuratedExtractor load(
      CompletableFuture<Taxonomy> taxonomyLoading, Path curationDir, PrintStream log) {
    return load(taxonomyLoading, curationDir, SpanModel.DEFERRED, log);
  }

  /**
   * Loads the extraction settings and the span model (when {@code spanModel} is NOW) while the
   * taxonomy is still loading (they are independent), then builds the extractor with the curation
   * of {@code curationDir} (the packaged one when it is null or absent). A curation that does not
   * fit the taxonomy is reported on {@code log} and left out rather than stopping the start.
   */
  private static CuratedExtractor load(
      CompletableFuture<Taxonomy> taxonomyLoading,
      Path curationDir,
      SpanModel spanModel,
      PrintStream log) {
    long start = System.nanoTime();
    CuratedExtractor extractor;
    Taxonomy taxonomy;
    try (ExecutorService loaders = Executors.newFixedThreadPool(2)) {
      var config = CompletableFuture.supplyAsync(ExtractionConfig::loadDefault, loaders);
      var finder =
          switch (spanModel) {
            case NONE -> CompletableFuture.<SkillSpanFinder>completedFuture(null);
            case NOW ->
                CompletableFuture.<SkillSpanFinder>supplyAsync(
                    OpenNlpSkillSpanFinder::loadDefault, loaders);
            case DEFERRED ->
                CompletableFuture.completedFuture(
                    SkillSpanFinder.deferred(OpenNlpSkillSpanFinder::loadDefault));
          };
      extractor = SkillExtractors.create(taxonomyLoading, config.join(), finder, Curation.EMPTY);
      taxonomy = taxonomyLoading.join();
    }
    if (spanModel == SpanModel.NOW) {
      extractor.startBackgroundWork(); // the span linker, which the first model span needs
    }
    try {
      extractor.apply(curation(curationDir));
    } catch (CurationException e) {
      log.println("Curation not applied: " + String.join("; ", e.problems()));
    } catch (IOException e) {
      log.println("Curation not applied: cannot read " + curationDir + ": " + e.getMessage());
    }
    log.printf(
        "Extractor ready: %,d taxonomy skills, in %d ms%n",
        taxonomy.size(), (System.nanoTime() - start) / 1_000_000);
    return extractor;
  }

  /** The curation in {@code dir} when it exists, else the packaged one. */
  static Curation curation(Path dir) throws IOException {
    return dir != null && Files.isDirectory(dir)
        ? CurationFiles.load(dir)
        : CurationFiles.loadPackaged();
  }
}
