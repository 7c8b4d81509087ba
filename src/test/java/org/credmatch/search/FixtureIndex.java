package org.credmatch.search;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.credmatch.catalog.CatalogStore;
import org.credmatch.catalog.Credential;
import org.credmatch.index.CatalogIndex;
import org.credmatch.index.ConfigFiles;
import org.credmatch.index.IndexBuilder;
import org.credmatch.index.IndexLayout;
import org.credmatch.index.IndexSchema;

/** Builds the fixture catalog's index in a temporary folder, with the packaged configuration. */
final class FixtureIndex {

  private FixtureIndex() {}

  static List<Credential> catalog() throws IOException {
    try (InputStream in = FixtureIndex.class.getResourceAsStream("/fixtures/catalog.jsonl")) {
      return CatalogStore.read(in);
    }
  }

  static CatalogIndex build(Path dir) throws IOException {
    ConfigFiles config = ConfigFiles.packaged();
    IndexSchema schema = IndexSchema.load(config);
    IndexLayout layout = new IndexLayout(dir);
    new IndexBuilder(schema, config).build(catalog(), layout, IndexBuilder.Progress.NONE);
    return CatalogIndex.open(layout, schema, config).orElseThrow();
  }

  static Recommender recommender(CatalogIndex index) {
    return new Recommender(
        index, KeywordExtractor.dataSkills(), RankingConfig.load(ConfigFiles.packaged()));
  }
}
