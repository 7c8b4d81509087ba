package org.credmatch.search;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.credmatch.catalog.CatalogStore;
import org.credmatch.catalog.Credential;
import org.credmatch.catalog.CredentialSkill;
import org.credmatch.index.CatalogIndex;
import org.credmatch.index.ConfigFiles;
import org.credmatch.index.IndexBuilder;
import org.credmatch.index.IndexLayout;
import org.credmatch.index.IndexSchema;
import org.credmatch.skills.SkillExtractor;
import org.credmatch.taxonomy.Skill;
import org.credmatch.taxonomy.SkillType;
import org.credmatch.taxonomy.Taxonomy;

/** Builds the fixture catalog's index in a temporary folder, with the packaged configuration. */
public final class SearchFixtures {

  private SearchFixtures() {}

  public static List<Credential> catalog() throws IOException {
    try (InputStream in = SearchFixtures.class.getResourceAsStream("/fixtures/catalog.jsonl")) {
      return CatalogStore.read(in);
    }
  }

  public static CatalogIndex index(Path dir) throws IOException {
    ConfigFiles config = ConfigFiles.packaged();
    IndexSchema schema = IndexSchema.load(config);
    IndexLayout layout = new IndexLayout(dir);
    new IndexBuilder(schema, config).build(catalog(), layout, IndexBuilder.Progress.NONE);
    return CatalogIndex.open(layout, schema, config).orElseThrow();
  }

  /** The fixture catalog indexed in {@code dir} and served with the fixture taxonomy. */
  public static ServingCatalog serving(Path dir, SkillExtractor extractor) throws IOException {
    return serving(dir, catalog(), taxonomy(), extractor);
  }

  /** {@code catalog} indexed in {@code dir} and served. */
  public static ServingCatalog serving(
      Path dir, List<Credential> catalog, Taxonomy taxonomy, SkillExtractor extractor)
      throws IOException {
    ConfigFiles config = ConfigFiles.packaged();
    IndexSchema schema = IndexSchema.load(config);
    IndexLayout layout = new IndexLayout(dir);
    new IndexBuilder(schema, config).build(catalog, layout, IndexBuilder.Progress.NONE);
    return ServingCatalog.open(
        layout, schema, config, taxonomy, extractor, RankingConfig.load(config));
  }

  /** A minimal valid course with {@code skills}, for tests that add records. */
  public static Credential course(String id, String title, CredentialSkill... skills) {
    return new Credential(
        id,
        title,
        "Test U",
        org.credmatch.catalog.CredentialType.COURSE,
        "https://example.org/" + id.replace(':', '-'),
        List.of(skills),
        null,
        null,
        null,
        null,
        null,
        "en",
        null);
  }

  /** A taxonomy of the fixture's made-up skill ids, labels from the ids. */
  public static Taxonomy taxonomy() throws IOException {
    return taxonomy(catalog());
  }

  /** A taxonomy of a catalog's made-up skill ids, labels from the ids ("skill:sql" is "sql"). */
  public static Taxonomy taxonomy(List<Credential> catalog) {
    var ids = new java.util.TreeSet<String>();
    catalog.forEach(c -> c.skills().forEach(s -> ids.add(s.id())));
    return new Taxonomy(
        ids.stream()
            .map(
                id ->
                    new Skill(
                        id,
                        id.substring(id.indexOf(':') + 1).replace('-', ' '),
                        List.of(),
                        SkillType.TOOL,
                        List.of("fixture"),
                        List.of(id),
                        false,
                        null))
            .toList());
  }

  public static SkillExtractor extractor() {
    return KeywordExtractor.dataSkills();
  }

  public static Recommender recommender(CatalogIndex index) {
    return new Recommender(index, extractor(), RankingConfig.load(ConfigFiles.packaged()));
  }
}
