package org.credmatch.taxonomy.build;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The source files the taxonomy is compiled from, laid out as in {@code ../shared/data}. Immutable.
 *
 * @param onet the O*NET 29.2 folder
 * @param esco the ESCO v1.2.0 folder
 * @param esco110 the ESCO v1.1.0 folder
 */
public record TaxonomySources(Path onet, Path esco, Path esco110) {

  /** ESCO v1.2.0 skill collections, in the order they are read. */
  static final List<String> COLLECTIONS =
      List.of(
          "digitalSkillsCollection_en.csv",
          "digCompSkillsCollection_en.csv",
          "greenSkillsCollection_en.csv",
          "languageSkillsCollection_en.csv",
          "researchSkillsCollection_en.csv",
          "transversalSkillsCollection_en.csv");

  static final List<String> ONET_FILES =
      List.of(
          "technology-skills.txt",
          "tools-used.txt",
          "content-model-reference.txt",
          "task-statements.txt",
          "occupation-data.txt");

  static final List<String> ESCO_FILES =
      List.of("skillGroups_en.csv", "skillsHierarchy_en.csv", "occupations_en.csv");

  static final String ESCO_110_LABELS = "skills_en_label.txt";

  /**
   * The sources under a data folder ({@code <dataDir>/taxonomy/onet-29.2} and so on), checked.
   *
   * @throws TaxonomySourceException when the folder or one of the files is missing
   */
  public static TaxonomySources in(Path dataDir) throws TaxonomySourceException {
    if (!Files.isDirectory(dataDir)) {
      throw new TaxonomySourceException(
          "data folder " + dataDir + " does not exist; pass --from with the shared data folder");
    }
    Path taxonomy = dataDir.resolve("taxonomy");
    var sources =
        new TaxonomySources(
            taxonomy.resolve("onet-29.2"),
            taxonomy.resolve("esco-1.2.0"),
            taxonomy.resolve("esco-1.1.0"));
    sources.requireFiles();
    return sources;
  }

  private void requireFiles() throws TaxonomySourceException {
    for (String name : ONET_FILES) {
      require(onet.resolve(name));
    }
    for (String name : COLLECTIONS) {
      require(esco.resolve(name));
    }
    for (String name : ESCO_FILES) {
      require(esco.resolve(name));
    }
    require(esco110.resolve(ESCO_110_LABELS));
  }

  private static void require(Path file) throws TaxonomySourceException {
    if (!Files.isRegularFile(file)) {
      throw new TaxonomySourceException("missing taxonomy source file " + file);
    }
  }
}
