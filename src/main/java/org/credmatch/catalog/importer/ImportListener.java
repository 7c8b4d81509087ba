package org.credmatch.catalog.importer;

/** Receives progress while an import runs, on the importing thread. */
@FunctionalInterface
public interface ImportListener {

  /** A listener that ignores progress. */
  ImportListener NONE = progress -> {};

  /** Called every N records (see {@link CatalogImporter}) and when a source is finished. */
  void onProgress(Progress progress);

  /**
   * Where an import stands.
   *
   * @param source source being read
   * @param sourceRead records read from this source so far
   * @param totalRead records read from all sources so far
   * @param imported records imported so far, all sources
   * @param sourceDone true for the call made when the source is finished
   */
  record Progress(String source, int sourceRead, int totalRead, int imported, boolean sourceDone) {}
}
