package org.credmatch.catalog.importer;

import java.io.IOException;
import java.io.Reader;
import java.util.List;
import java.util.function.Consumer;
import org.credmatch.catalog.Credential;
import org.credmatch.catalog.CredentialValidator;
import org.credmatch.catalog.SkillTagger;

/**
 * An import read from a stream and handed on in batches as it goes, for imports too large to hold
 * or that should land piece by piece (the admin API commits each batch). Same rules as {@link
 * CatalogImporter}: each record is validated, duplicate ids within the import are skipped (the
 * first wins), skills are linked or derived, and every bad record is reported with its line. Not
 * thread-safe: one instance per import, used from one thread.
 */
public final class StreamingImport {

  private final ImportRun run;
  private final CatalogFormat format;

  /**
   * @param source name for problem reports ("request", a file name...)
   * @param format how records are written
   * @param tagger attaches skills to records
   */
  public StreamingImport(String source, CatalogFormat format, SkillTagger tagger) {
    this.format = format;
    this.run = new ImportRun(new CredentialValidator(), tagger, p -> {}, Integer.MAX_VALUE);
    run.startSource(source);
  }

  /**
   * Reads every record of {@code in}, calling {@code batches} with each {@code batchSize} accepted
   * credentials (in reading order) and once more with the rest, if any.
   */
  public ImportReport read(Reader in, int batchSize, Consumer<List<Credential>> batches)
      throws IOException {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batchSize must be at least 1");
    }
    format.read(
        in,
        record -> {
          run.accept(record);
          if (run.pending() >= batchSize) {
            batches.accept(run.drain());
          }
        });
    if (run.pending() > 0) {
      batches.accept(run.drain());
    }
    run.endSource();
    return run.report();
  }
}
