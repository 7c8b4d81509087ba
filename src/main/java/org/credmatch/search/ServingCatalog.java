package org.credmatch.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicReference;
import org.credmatch.index.CatalogIndex;
import org.credmatch.index.ConfigFiles;
import org.credmatch.index.IndexLayout;
import org.credmatch.index.IndexSchema;
import org.credmatch.index.IndexUpdater;
import org.credmatch.skills.SkillExtractor;
import org.credmatch.taxonomy.Taxonomy;
import org.credmatch.util.Deferred;

/**
 * The catalog a server is serving, swappable while it serves. Each request takes a {@link Lease} on
 * the current {@link Snapshot} (index, recommender, suggester) and reads only from it, so it sees
 * one generation from start to end; an admin batch builds the next generation aside ({@link
 * IndexUpdater}), then swaps it in atomically. The old generation closes when its last lease ends.
 *
 * <p>Thread-safe: leases may be taken from any thread; updates are serialised.
 */
public final class ServingCatalog implements Closeable {

  /**
   * Everything that depends on one index generation.
   *
   * @param index the open generation
   * @param recommender the ranking facade over it
   * @param suggesterLoading skill autocompletion with program counts from it, built on another
   *     thread (about a second over the whole taxonomy) so that neither a start nor an admin batch
   *     waits for it: after a start once {@link #startBackgroundWork()} is called, at once for the
   *     generations an admin batch swaps in
   */
  public record Snapshot(
      CatalogIndex index, Recommender recommender, Deferred<SkillSuggester> suggesterLoading) {

    /** The suggester, building it now if nobody has started it, and waiting for it. */
    public SkillSuggester suggester() {
      return suggesterLoading.join();
    }
  }

  /** One use of a snapshot: close it when the request is done with the index. */
  public interface Lease extends AutoCloseable {
    Snapshot snapshot();

    @Override
    void close();
  }

  private final IndexLayout layout;
  private final IndexUpdater updater;
  private final IndexSchema schema;
  private final ConfigFiles config;
  private final Taxonomy taxonomy;
  private final SkillExtractor extractor;
  private final RankingConfig ranking;
  private final AtomicReference<Snapshot> current = new AtomicReference<>();
  private volatile boolean backgroundStarted;

  /**
   * Serves {@code index} (which must be the generation {@code layout} serves) and takes ownership
   * of it: closing this catalog closes it.
   */
  public ServingCatalog(
      IndexLayout layout,
      IndexSchema schema,
      ConfigFiles config,
      CatalogIndex index,
      Taxonomy taxonomy,
      SkillExtractor extractor,
      RankingConfig ranking)
      throws IOException {
    this.layout = layout;
    this.schema = schema;
    this.config = config;
    this.updater = new IndexUpdater(schema, config);
    this.taxonomy = taxonomy;
    this.extractor = extractor;
    this.ranking = ranking;
    current.set(snapshot(index));
  }

  /** Opens the generation {@code layout} serves (which must exist) and serves it. */
  public static ServingCatalog open(
      IndexLayout layout,
      IndexSchema schema,
      ConfigFiles config,
      Taxonomy taxonomy,
      SkillExtractor extractor,
      RankingConfig ranking)
      throws IOException {
    CatalogIndex index =
        CatalogIndex.open(layout, schema, config)
            .orElseThrow(() -> new IOException("no index in " + layout.root()));
    try {
      return new ServingCatalog(layout, schema, config, index, taxonomy, extractor, ranking);
    } catch (IOException | RuntimeException e) {
      index.close();
      throw e;
    }
  }

  private Snapshot snapshot(CatalogIndex index) {
    Snapshot next =
        new Snapshot(index, new Recommender(index, extractor, ranking), suggesterLoading(index));
    if (backgroundStarted) {
      next.suggesterLoading().start();
    }
    return next;
  }

  /**
   * Starts building the current generation's suggester (and those of later generations as they are
   * swapped in); a server calls it once it serves. Returns at once.
   */
  public void startBackgroundWork() {
    backgroundStarted = true;
    current.get().suggesterLoading().start();
  }

  /**
   * The suggester's build, holding its own reference to the index while it runs. Not started here;
   * an index closed before it starts (a generation replaced meanwhile) fails it, and only a lease
   * on that generation could ask for it.
   */
  private Deferred<SkillSuggester> suggesterLoading(CatalogIndex index) {
    return new Deferred<>(
        "suggester-builder",
        () -> {
          if (!index.tryIncRef()) {
            throw new IllegalStateException("the index was closed before its suggester was built");
          }
          try {
            return new SkillSuggester(taxonomy, index);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          } finally {
            release(index);
          }
        });
  }

  /** A lease on the current snapshot; close it when done (try-with-resources). */
  public Lease acquire() {
    while (true) {
      Snapshot s = current.get();
      if (s == null) {
        throw new IllegalStateException("the catalog is closed");
      }
      if (s.index().tryIncRef()) {
        return new Lease() {
          @Override
          public Snapshot snapshot() {
            return s;
          }

          @Override
          public void close() {
            release(s.index());
          }
        };
      }
      // The snapshot was swapped out and closed between get() and tryIncRef(): read again.
    }
  }

  /** The number of credentials served now. */
  public int size() {
    try (Lease lease = acquire()) {
      return lease.snapshot().index().size();
    }
  }

  /**
   * Applies one batch atomically: requests see the catalog before it or after it, never a mix. On
   * failure nothing changes and the current generation keeps serving.
   */
  public synchronized IndexUpdater.Result apply(IndexUpdater.Batch batch) throws IOException {
    if (current.get() == null) {
      throw new IllegalStateException("the catalog is closed");
    }
    IndexUpdater.Result result = updater.apply(layout, batch);
    CatalogIndex next = CatalogIndex.open(layout, schema, config).orElseThrow();
    Snapshot old;
    try {
      old = current.getAndSet(snapshot(next));
    } catch (RuntimeException e) {
      next.close();
      throw e;
    }
    release(old.index());
    return result;
  }

  private static void release(CatalogIndex index) {
    try {
      index.decRef();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public synchronized void close() {
    Snapshot last = current.getAndSet(null);
    if (last != null) {
      release(last.index());
    }
  }
}
