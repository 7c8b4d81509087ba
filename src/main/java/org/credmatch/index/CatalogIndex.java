package org.credmatch.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.credmatch.catalog.Credential;

/**
 * An open, read-only catalog index: the searcher, the schema and the query analyzer. Thread-safe:
 * Lucene's {@link IndexSearcher} serves concurrent queries.
 *
 * <p>Reference counted, so a server can swap in a new generation while requests still read the old
 * one: {@link #tryIncRef} / {@link #decRef} around each use, and {@link #close} drops the opener's
 * own reference. The files are released when the last reference goes.
 */
public final class CatalogIndex implements Closeable {

  private final Path generation;
  private final Directory directory;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final IndexSchema schema;
  private final Analyzer queryAnalyzer;

  private CatalogIndex(Path generation, IndexSchema schema, ConfigFiles config) throws IOException {
    this.generation = generation;
    this.directory = FSDirectory.open(generation);
    this.reader = DirectoryReader.open(directory);
    this.searcher = new IndexSearcher(reader);
    this.schema = schema;
    this.queryAnalyzer = Analyzers.forQuerying(schema, config);
  }

  /** Opens the generation {@code layout} currently serves, if there is one. */
  public static Optional<CatalogIndex> open(
      IndexLayout layout, IndexSchema schema, ConfigFiles config) throws IOException {
    Optional<Path> current = layout.current();
    if (current.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new CatalogIndex(current.get(), schema, config));
  }

  public IndexSearcher searcher() {
    return searcher;
  }

  public IndexSchema schema() {
    return schema;
  }

  public Analyzer queryAnalyzer() {
    return queryAnalyzer;
  }

  /** Number of credentials in the index. */
  public int size() {
    return reader.numDocs();
  }

  /** The source fingerprint recorded when the index was built ("" when none was given). */
  public String sourceFingerprint() throws IOException {
    return reader.getIndexCommit().getUserData().getOrDefault(IndexBuilder.SOURCE_FINGERPRINT, "");
  }

  public Path generation() {
    return generation;
  }

  /** The credential with this id, if indexed. */
  public Optional<Credential> get(String id) throws IOException {
    TopDocs hits = searcher.search(new TermQuery(new Term("id", id)), 1);
    if (hits.scoreDocs.length == 0) {
      return Optional.empty();
    }
    return Optional.of(CredentialDocuments.read(searcher.storedFields(), hits.scoreDocs[0].doc));
  }

  /** The number of admin batches applied since the index was built from a catalog. */
  public long adminBatches() throws IOException {
    String value = reader.getIndexCommit().getUserData().get(IndexUpdater.ADMIN_BATCHES);
    return value == null ? 0 : Long.parseLong(value);
  }

  /** Every credential in the index, in id order. */
  public java.util.List<Credential> all() throws IOException {
    var stored = searcher.storedFields();
    var out = new java.util.ArrayList<Credential>(reader.numDocs());
    for (var leaf : reader.leaves()) {
      var live = leaf.reader().getLiveDocs();
      for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
        if (live == null || live.get(doc)) {
          out.add(CredentialDocuments.read(stored, leaf.docBase + doc));
        }
      }
    }
    out.sort(java.util.Comparator.comparing(Credential::id));
    return out;
  }

  /** Takes a reference for one use; false when the index was already released. */
  public boolean tryIncRef() {
    return reader.tryIncRef();
  }

  /** Gives back a reference taken with {@link #tryIncRef}; the last one closes the index. */
  public void decRef() throws IOException {
    reader.decRef();
    if (reader.getRefCount() == 0) {
      directory.close();
    }
  }

  /** Drops the opener's reference: the index closes once no use holds it any more. */
  @Override
  public void close() throws IOException {
    decRef();
  }
}
