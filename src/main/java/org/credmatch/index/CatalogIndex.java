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

  @Override
  public void close() throws IOException {
    reader.close();
    directory.close();
  }
}
