package org.credmatch.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SerialMergeScheduler;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.credmatch.catalog.Credential;

/**
 * Builds a catalog index aside, in a fresh generation folder, and switches to it atomically. The
 * build is deterministic: documents are added in id order by one thread, the index is sorted by
 * credential id (so document order is id order, which ranking relies on to break ties), and merged
 * to one segment. Not thread-safe: run one build at a time per index folder.
 */
public final class IndexBuilder {

  /** Receives progress during a build. */
  @FunctionalInterface
  public interface Progress {
    void indexed(int done, int total);

    Progress NONE = (done, total) -> {};
  }

  /**
   * What a build did.
   *
   * @param generation the folder now served
   * @param documents documents indexed
   * @param millis wall time of the build
   */
  public record Result(Path generation, int documents, long millis) {}

  private final IndexSchema schema;
  private final ConfigFiles config;

  public IndexBuilder(IndexSchema schema, ConfigFiles config) {
    this.schema = schema;
    this.config = config;
  }

  /** Commit-data key under which the source catalog's fingerprint is kept. */
  public static final String SOURCE_FINGERPRINT = "credmatch.source";

  /** Indexes {@code credentials} into {@code layout} and publishes the new generation. */
  public Result build(List<Credential> credentials, IndexLayout layout, Progress progress)
      throws IOException {
    return build(credentials, layout, progress, "");
  }

  /**
   * Indexes {@code credentials} into {@code layout} and publishes the new generation, recording
   * {@code sourceFingerprint} (for example a checksum of the catalog file) in the commit.
   */
  public Result build(
      List<Credential> credentials, IndexLayout layout, Progress progress, String sourceFingerprint)
      throws IOException {
    long start = System.nanoTime();
    List<Credential> sorted = uniqueById(credentials);
    Path generation = layout.newGeneration();
    try (Directory dir = FSDirectory.open(generation);
        IndexWriter writer =
            new IndexWriter(dir, writerConfig(schema, config, IndexWriterConfig.OpenMode.CREATE))) {
      var documents = new CredentialDocuments(schema);
      int step = Math.max(1, sorted.size() / 20);
      for (int i = 0; i < sorted.size(); i++) {
        writer.addDocument(documents.toDocument(sorted.get(i)));
        if ((i + 1) % step == 0 || i + 1 == sorted.size()) {
          progress.indexed(i + 1, sorted.size());
        }
      }
      writer.forceMerge(1);
      writer.setLiveCommitData(java.util.Map.of(SOURCE_FINGERPRINT, sourceFingerprint).entrySet());
      writer.commit();
    }
    layout.publish(generation);
    return new Result(generation, sorted.size(), (System.nanoTime() - start) / 1_000_000);
  }

  /** The writer settings every write to a catalog index uses (builds and admin batches). */
  static IndexWriterConfig writerConfig(
      IndexSchema schema, ConfigFiles config, IndexWriterConfig.OpenMode mode) {
    IndexWriterConfig iwc = new IndexWriterConfig(Analyzers.forIndexing(schema, config));
    iwc.setOpenMode(mode);
    // Documents sorted by credential id, whatever the merges: equal scores then come out in id
    // order.
    iwc.setIndexSort(
        new org.apache.lucene.search.Sort(
            new org.apache.lucene.search.SortField(
                "id", org.apache.lucene.search.SortField.Type.STRING)));
    iwc.setMergeScheduler(new SerialMergeScheduler());
    iwc.setRAMBufferSizeMB(256);
    iwc.setUseCompoundFile(false);
    return iwc;
  }

  private static List<Credential> uniqueById(List<Credential> credentials) {
    List<Credential> sorted = new ArrayList<>(credentials);
    sorted.sort(Comparator.comparing(Credential::id));
    Set<String> seen = new HashSet<>();
    for (Credential c : sorted) {
      if (!seen.add(c.id())) {
        throw new IllegalArgumentException("duplicate credential id " + c.id());
      }
    }
    return sorted;
  }
}
