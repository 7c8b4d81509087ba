package org.credmatch.catalog.importer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.credmatch.catalog.CredentialValidator;
import org.credmatch.catalog.SkillTagger;

/**
 * Imports catalogs: reads every source in order, validates each record, skips duplicate ids (the
 * first one wins, across sources too), and attaches skills with a {@link SkillTagger}. Records with
 * declared skill tags get those tags linked to the taxonomy and nothing derived; records without
 * declared skills get skills derived from their prose (summary, description, syllabus), and the
 * prose itself is dropped. A bad record is reported with its line and never stops the import; only
 * a source that cannot be read as a whole raises {@link CatalogImportException}.
 *
 * <p>Thread-safe: each call has its own state; the listener is called from the calling thread only,
 * and so is the tagger unless the importer was given more than one tagging thread (the tagger must
 * then be thread-safe). The result does not depend on the number of threads.
 */
public final class CatalogImporter {

  /** Records between two progress calls by default. */
  public static final int DEFAULT_PROGRESS_EVERY = 250;

  private final CredentialValidator validator = new CredentialValidator();
  private final int progressEvery;
  private final int taggingThreads;

  public CatalogImporter() {
    this(DEFAULT_PROGRESS_EVERY);
  }

  /**
   * @param progressEvery records between two progress calls (at least 1)
   */
  public CatalogImporter(int progressEvery) {
    this(progressEvery, 1);
  }

  /**
   * @param progressEvery records between two progress calls (at least 1)
   * @param taggingThreads threads that tag skills in parallel (at least 1; more than 1 needs a
   *     thread-safe tagger)
   */
  public CatalogImporter(int progressEvery, int taggingThreads) {
    if (progressEvery < 1) {
      throw new IllegalArgumentException("progressEvery must be at least 1");
    }
    if (taggingThreads < 1) {
      throw new IllegalArgumentException("taggingThreads must be at least 1");
    }
    this.progressEvery = progressEvery;
    this.taggingThreads = taggingThreads;
  }

  /**
   * Imports the sources.
   *
   * @throws CatalogImportException when a source file is missing or cannot be read as its format
   *     (checked for every file before any record is read)
   */
  public ImportReport importFrom(
      List<ImportSource> sources, SkillTagger tagger, ImportListener progress) {
    for (ImportSource source : sources) {
      if (!Files.isReadable(source.file()) || Files.isDirectory(source.file())) {
        throw new CatalogImportException(source.name() + ": cannot read " + source.file());
      }
    }
    try (ImportRun run =
        new ImportRun(validator, tagger, progress, progressEvery, taggingThreads)) {
      for (ImportSource source : sources) {
        read(source, run);
      }
      return run.report();
    }
  }

  private static void read(ImportSource source, ImportRun run) {
    run.startSource(source.name());
    try (Reader in =
        new BufferedReader(
            new InputStreamReader(Files.newInputStream(source.file()), StandardCharsets.UTF_8))) {
      source.format().read(in, run::accept);
    } catch (IOException e) {
      throw new CatalogImportException(source.name() + ": cannot read: " + e.getMessage(), e);
    } catch (CatalogImportException e) {
      throw new CatalogImportException(source.name() + ": " + e.getMessage(), e);
    }
    run.endSource();
  }
}
