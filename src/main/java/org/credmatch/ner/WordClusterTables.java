package org.credmatch.ner;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.function.Consumer;

/**
 * Builds the word cluster tables of the skill-span model from unlabeled text in the shared data:
 * catalog descriptions, ESCO and O*NET texts, never SkillSpan (train or dev). A table is a derived
 * fact (one "word cluster" line per word, sorted by word), no text of the sources. Stateless apart
 * from its immutable clusterer; thread-safe.
 */
public final class WordClusterTables {

  /** The unlabeled inputs, relative to the shared data folder. */
  public static final List<String> SOURCES =
      List.of(
          "catalog-sources/cip-2020.csv",
          "catalog-sources/coursera-2023.csv",
          "catalog-sources/edx-2021.csv",
          "taxonomy/esco-1.1.0/esco_skills_altlabels_bag.csv",
          "taxonomy/esco-1.1.0/skills_en_label.txt",
          "taxonomy/esco-1.2.0/digitalSkillsCollection_en.csv",
          "taxonomy/esco-1.2.0/greenSkillsCollection_en.csv",
          "taxonomy/esco-1.2.0/languageSkillsCollection_en.csv",
          "taxonomy/esco-1.2.0/occupations_en.csv",
          "taxonomy/esco-1.2.0/researchSkillsCollection_en.csv",
          "taxonomy/esco-1.2.0/skillGroups_en.csv",
          "taxonomy/esco-1.2.0/transversalSkillsCollection_en.csv",
          "taxonomy/onet-29.2/alternate-titles.txt",
          "taxonomy/onet-29.2/content-model-reference.txt",
          "taxonomy/onet-29.2/occupation-data.txt",
          "taxonomy/onet-29.2/task-statements.txt",
          "taxonomy/onet-29.2/technology-skills.txt",
          "taxonomy/onet-29.2/tools-used.txt");

  private final WordClusterer clusterer;

  public WordClusterTables(WordClusterer clusterer) {
    this.clusterer = clusterer;
  }

  /** File name of the table with {@code k} clusters. */
  public static String fileName(int k) {
    return "word-clusters-" + k + ".txt";
  }

  /**
   * Writes one table per cluster count into {@code out}.
   *
   * @param progress receives one line per input file and per table
   */
  public void write(Path shared, List<Integer> clusterCounts, Path out, Consumer<String> progress)
      throws IOException {
    List<Path> files = new ArrayList<>();
    for (String source : SOURCES) {
      Path file = shared.resolve(source);
      progress.accept("input " + source + " sha256 " + DataFile.sha256(file));
      files.add(file);
    }
    List<List<String>> lines = UnlabeledText.read(files);
    progress.accept(
        "%d lines, %d tokens".formatted(lines.size(), lines.stream().mapToInt(List::size).sum()));
    Files.createDirectories(out);
    for (int k : clusterCounts) {
      SortedMap<String, Integer> clusters = clusterer.cluster(lines, k);
      Path table = out.resolve(fileName(k));
      Files.writeString(table, text(k, clusters), StandardCharsets.UTF_8);
      progress.accept(
          "wrote %s: %d words, sha256 %s"
              .formatted(table, clusters.size(), DataFile.sha256(table)));
    }
  }

  /** "word cluster" lines; cluster names carry {@code k} so that tables never share a feature. */
  static String text(int k, SortedMap<String, Integer> clusters) {
    StringBuilder text = new StringBuilder();
    for (Map.Entry<String, Integer> e : clusters.entrySet()) {
      text.append(e.getKey()).append(" k").append(k).append('c').append(e.getValue()).append('\n');
    }
    return text.toString();
  }
}
