package org.credmatch.catalog.importer;

import java.io.IOException;
import java.io.Reader;
import java.util.function.Consumer;

/**
 * A catalog file format. Implementations read every record they can, hand each one (or the reason
 * it could not be read) to the sink, and never stop at a bad record. Implementations are immutable
 * and thread-safe; each {@link #read} call has its own state.
 */
public interface CatalogFormat {

  /** Short name used on the command line ("jsonl", "csv", "coursera-2023", "edx-2021"). */
  String name();

  /**
   * Reads all records.
   *
   * @throws CatalogImportException when the source as a whole is not in this format (for example a
   *     required column is missing)
   * @throws IOException when reading fails
   */
  void read(Reader in, Consumer<SourceRecord> sink) throws IOException;
}
