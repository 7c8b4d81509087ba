package org.credmatch.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.credmatch.catalog.Credential;

/**
 * Applies a batch of catalog changes (upserts and deletes) as one new index generation. The served
 * generation is never written: its files are hard-linked (Lucene files are write-once, so sharing
 * them is safe) into a fresh {@code gen-N} folder, the batch is applied there, merged back to one
 * id-sorted segment and committed, and only then does {@link IndexLayout#publish} switch {@code
 * CURRENT} to it. A crash at any point before that rename leaves the previous generation serving,
 * untouched; after it, the whole batch is served. Readers never see part of a batch.
 *
 * <p>Not thread-safe: one batch at a time per index folder (the caller serialises them).
 */
public final class IndexUpdater {

  /** Commit-data key counting the admin batches applied since the index was built. */
  public static final String ADMIN_BATCHES = "credmatch.adminBatches";

  /**
   * One atomic change set. An id may appear once, as an upsert or as a delete.
   *
   * @param upserts credentials to add or replace (by id)
   * @param deletes ids to remove (ids not in the index are ignored)
   */
  public record Batch(List<Credential> upserts, List<String> deletes) {
    public Batch {
      upserts = List.copyOf(upserts);
      deletes = List.copyOf(deletes);
      Set<String> seen = new TreeSet<>();
      for (Credential c : upserts) {
        if (!seen.add(c.id())) {
          throw new IllegalArgumentException("credential id " + c.id() + " twice in one batch");
        }
      }
      for (String id : deletes) {
        if (!seen.add(id)) {
          throw new IllegalArgumentException("credential id " + id + " twice in one batch");
        }
      }
    }
  }

  /**
   * What a batch did.
   *
   * @param generation the folder now served
   * @param created upserted ids that were new
   * @param updated upserted ids that replaced a credential
   * @param deleted ids removed
   * @param documents credentials in the index afterwards
   * @param millis wall time
   */
  public record Result(
      Path generation, int created, int updated, int deleted, int documents, long millis) {}

  private final IndexSchema schema;
  private final ConfigFiles config;

  public IndexUpdater(IndexSchema schema, ConfigFiles config) {
    this.schema = schema;
    this.config = config;
  }

  /**
   * Applies {@code batch} on top of the generation {@code layout} serves and publishes the result.
   *
   * @throws IOException when there is no served index, or writing fails (the old generation then
   *     keeps serving)
   */
  public Result apply(IndexLayout layout, Batch batch) throws IOException {
    long start = System.nanoTime();
    Path current =
        layout.current().orElseThrow(() -> new IOException("no index to update: build one first"));
    Path next = layout.newGeneration();
    linkFiles(current, next);
    int created = 0;
    int updated = 0;
    int deleted = 0;
    int documents;
    try (Directory dir = FSDirectory.open(next);
        IndexWriter writer =
            new IndexWriter(
                dir,
                IndexBuilder.writerConfig(schema, config, IndexWriterConfig.OpenMode.APPEND))) {
      Map<String, String> data = new HashMap<>();
      writer.getLiveCommitData().forEach(e -> data.put(e.getKey(), e.getValue()));
      Set<String> existing = existingIds(writer, batch);
      var toDocuments = new CredentialDocuments(schema);
      for (Credential c : batch.upserts()) {
        writer.updateDocument(new Term("id", c.id()), toDocuments.toDocument(c));
        if (existing.contains(c.id())) {
          updated++;
        } else {
          created++;
        }
      }
      for (String id : batch.deletes()) {
        if (existing.contains(id)) {
          writer.deleteDocuments(new Term("id", id));
          deleted++;
        }
      }
      writer.forceMerge(1);
      long batches = Long.parseLong(data.getOrDefault(ADMIN_BATCHES, "0")) + 1;
      data.put(ADMIN_BATCHES, Long.toString(batches));
      writer.setLiveCommitData(Map.copyOf(data).entrySet());
      writer.commit();
      documents = writer.getDocStats().numDocs;
    }
    layout.publish(next);
    long millis = (System.nanoTime() - start) / 1_000_000;
    return new Result(next, created, updated, deleted, documents, millis);
  }

  /** Ids of the batch that the index already holds. */
  private static Set<String> existingIds(IndexWriter writer, Batch batch) throws IOException {
    Set<String> found = new TreeSet<>();
    List<String> ids = new java.util.ArrayList<>(batch.deletes());
    batch.upserts().forEach(c -> ids.add(c.id()));
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      var searcher = new org.apache.lucene.search.IndexSearcher(reader);
      for (String id : ids) {
        if (searcher.count(new org.apache.lucene.search.TermQuery(new Term("id", id))) > 0) {
          found.add(id);
        }
      }
    }
    return found;
  }

  /** Hard-links every index file of {@code from} into the empty folder {@code to}. */
  private static void linkFiles(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.list(from)) {
      for (Path f : files.sorted().toList()) {
        String name = f.getFileName().toString();
        if (name.equals(IndexWriter.WRITE_LOCK_NAME) || !Files.isRegularFile(f)) {
          continue;
        }
        try {
          Files.createLink(to.resolve(name), f);
        } catch (UnsupportedOperationException | IOException e) {
          Files.copy(f, to.resolve(name));
        }
      }
    }
  }
}
