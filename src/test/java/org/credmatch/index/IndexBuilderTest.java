package org.credmatch.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.credmatch.catalog.Credential;
import org.credmatch.search.SearchFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexBuilderTest {

  @TempDir Path dir;
  final ConfigFiles config = ConfigFiles.packaged();
  final IndexSchema schema = IndexSchema.load(config);

  private IndexBuilder.Result build(List<Credential> credentials, IndexLayout layout)
      throws IOException {
    return new IndexBuilder(schema, config).build(credentials, layout, IndexBuilder.Progress.NONE);
  }

  @Test
  void buildsAnIndexThatReturnsEveryCredentialById() throws IOException {
    var layout = new IndexLayout(dir);
    List<Credential> catalog = SearchFixtures.catalog();
    build(catalog, layout);
    try (var index = CatalogIndex.open(layout, schema, config).orElseThrow()) {
      assertThat(index.size()).isEqualTo(catalog.size());
      for (Credential c : catalog) {
        assertThat(index.get(c.id())).contains(c);
      }
      assertThat(index.get("missing")).isEmpty();
    }
  }

  @Test
  void rebuildSwitchesToTheNewGenerationAndRemovesTheOld() throws IOException {
    var layout = new IndexLayout(dir);
    Path first = build(SearchFixtures.catalog(), layout).generation();
    Path second = build(SearchFixtures.catalog().subList(0, 3), layout).generation();
    assertThat(layout.current()).contains(second);
    assertThat(first).doesNotExist();
  }

  @Test
  void anInterruptedBuildLeavesTheLastGoodIndexServing() throws IOException {
    var layout = new IndexLayout(dir);
    Path good = build(SearchFixtures.catalog(), layout).generation();
    List<Credential> duplicated = new ArrayList<>(SearchFixtures.catalog());
    duplicated.add(duplicated.get(0));
    assertThatThrownBy(() -> build(duplicated, layout))
        .hasMessageContaining("duplicate credential id");
    Path half = layout.newGeneration();
    Files.writeString(half.resolve("segments_1"), "truncated by a crash");
    assertThat(layout.current()).contains(good);
    try (var index = CatalogIndex.open(layout, schema, config).orElseThrow()) {
      assertThat(index.size()).isEqualTo(SearchFixtures.catalog().size());
    }
  }

  @Test
  void buildIsDeterministicWhateverTheInputOrder() throws IOException {
    List<Credential> shuffled = new ArrayList<>(SearchFixtures.catalog());
    Collections.reverse(shuffled);
    var a = new IndexLayout(dir.resolve("a"));
    var b = new IndexLayout(dir.resolve("b"));
    build(SearchFixtures.catalog(), a);
    build(shuffled, b);
    try (var ia = CatalogIndex.open(a, schema, config).orElseThrow();
        var ib = CatalogIndex.open(b, schema, config).orElseThrow()) {
      for (int doc = 0; doc < ia.size(); doc++) {
        assertThat(CredentialDocuments.read(ia.searcher().storedFields(), doc))
            .isEqualTo(CredentialDocuments.read(ib.searcher().storedFields(), doc));
      }
    }
  }

  @Test
  void documentOrderIsCredentialIdOrderSoTiesBreakById() throws IOException {
    List<Credential> shuffled = new ArrayList<>(SearchFixtures.catalog());
    Collections.shuffle(shuffled, new java.util.Random(7));
    var layout = new IndexLayout(dir);
    build(shuffled, layout);
    try (var index = CatalogIndex.open(layout, schema, config).orElseThrow()) {
      List<String> ids = new ArrayList<>();
      for (int doc = 0; doc < index.size(); doc++) {
        ids.add(CredentialDocuments.read(index.searcher().storedFields(), doc).id());
      }
      assertThat(ids).isSorted();
    }
  }

  @Test
  void noIndexYetOpensAsEmpty() throws IOException {
    assertThat(CatalogIndex.open(new IndexLayout(dir), schema, config)).isEmpty();
  }

  @Test
  void corruptPointerIsReported() throws IOException {
    Files.writeString(dir.resolve("CURRENT"), "../../etc");
    assertThatThrownBy(() -> new IndexLayout(dir).current()).hasMessageContaining("corrupt");
  }

  @Test
  void schemaNamingAnUnknownAnalyzerFailsWithTheFieldName() throws IOException {
    Path custom = dir.resolve("cfg");
    Files.createDirectories(custom);
    Files.writeString(
        custom.resolve("schema.json"),
        "{\"analyzers\": {}, \"fields\": {\"title\": {\"kind\": \"text\", \"analyzer\": \"nope\"}}}");
    assertThatThrownBy(() -> IndexSchema.load(ConfigFiles.of(custom)))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("field title");
  }
}
