package org.credmatch.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.credmatch.catalog.Credential;
import org.credmatch.search.SearchFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexUpdaterTest {

  @TempDir Path dir;
  final ConfigFiles config = ConfigFiles.packaged();
  final IndexSchema schema = IndexSchema.load(config);
  IndexLayout layout;
  List<Credential> catalog;

  @BeforeEach
  void build() throws IOException {
    layout = new IndexLayout(dir);
    catalog = SearchFixtures.catalog();
    new IndexBuilder(schema, config)
        .build(catalog, layout, IndexBuilder.Progress.NONE, "fingerprint-1");
  }

  static Credential credential(String id, String title) {
    return SearchFixtures.course(id, title);
  }

  IndexUpdater.Result apply(List<Credential> upserts, List<String> deletes) throws IOException {
    return new IndexUpdater(schema, config).apply(layout, new IndexUpdater.Batch(upserts, deletes));
  }

  @Test
  void appliesUpsertsAndDeletesAsOneNewGeneration() throws IOException {
    String replaced = catalog.get(1).id();
    String removed = catalog.get(2).id();
    var result =
        apply(
            List.of(credential("a:new", "New"), credential(replaced, "Replaced")),
            List.of(removed, "no:such-id"));
    assertThat(result.created()).isEqualTo(1);
    assertThat(result.updated()).isEqualTo(1);
    assertThat(result.deleted()).isEqualTo(1);
    assertThat(result.documents()).isEqualTo(catalog.size());
    try (var index = CatalogIndex.open(layout, schema, config).orElseThrow()) {
      assertThat(index.generation()).isEqualTo(result.generation());
      assertThat(index.get("a:new").orElseThrow().title()).isEqualTo("New");
      assertThat(index.get(replaced).orElseThrow().title()).isEqualTo("Replaced");
      assertThat(index.get(removed)).isEmpty();
      assertThat(index.adminBatches()).isEqualTo(1);
      assertThat(index.sourceFingerprint()).isEqualTo("fingerprint-1");
    }
  }

  @Test
  void keepsDocumentOrderInIdOrderInOneSegment() throws IOException {
    apply(List.of(credential("0:first", "First"), credential("zz:last", "Last")), List.of());
    try (var d = FSDirectory.open(layout.current().orElseThrow());
        var reader = DirectoryReader.open(d)) {
      assertThat(reader.leaves()).hasSize(1);
      var stored = reader.storedFields();
      List<String> ids =
          java.util.stream.IntStream.range(0, reader.maxDoc())
              .mapToObj(doc -> read(stored, doc).id())
              .toList();
      assertThat(ids).isSorted().startsWith("0:first").endsWith("zz:last");
    }
  }

  private static Credential read(org.apache.lucene.index.StoredFields stored, int doc) {
    try {
      return CredentialDocuments.read(stored, doc);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void neverWritesTheServedGenerationAndCountsBatches() throws IOException {
    Path before = layout.current().orElseThrow();
    try (var served = CatalogIndex.open(layout, schema, config).orElseThrow()) {
      apply(List.of(credential("a:one", "One")), List.of());
      apply(List.of(), List.of(catalog.getFirst().id()));
      // The old generation's files are gone from the folder but still readable where open.
      assertThat(served.size()).isEqualTo(catalog.size());
      assertThat(served.get(catalog.getFirst().id())).isPresent();
    }
    assertThat(before).doesNotExist();
    try (var index = CatalogIndex.open(layout, schema, config).orElseThrow()) {
      assertThat(index.adminBatches()).isEqualTo(2);
      assertThat(index.size()).isEqualTo(catalog.size());
      assertThat(index.all()).extracting(Credential::id).isSorted().contains("a:one");
    }
  }

  @Test
  void refusesAnIdTwiceInOneBatchAndAnIndexThatDoesNotExist() {
    assertThatThrownBy(
            () -> new IndexUpdater.Batch(List.of(credential("a:x", "X")), List.of("a:x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a:x");
    var empty = new IndexLayout(dir.resolve("none"));
    assertThatThrownBy(
            () ->
                new IndexUpdater(schema, config)
                    .apply(empty, new IndexUpdater.Batch(List.of(), List.of("a"))))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("build one first");
  }
}
