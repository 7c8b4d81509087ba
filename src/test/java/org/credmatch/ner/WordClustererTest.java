package org.credmatch.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;

class WordClustererTest {

  private static List<List<String>> corpus() {
    List<List<String>> lines = new ArrayList<>();
    for (String language : List.of("java", "python", "scala", "kotlin")) {
      lines.add(UnlabeledText.tokens("you write " + language + " code daily"));
      lines.add(UnlabeledText.tokens("we test " + language + " code weekly"));
    }
    for (String fruit : List.of("apples", "pears", "plums", "cherries")) {
      lines.add(UnlabeledText.tokens("they eat fresh " + fruit + " at lunch"));
      lines.add(UnlabeledText.tokens("kids like fresh " + fruit + " at home"));
    }
    return lines;
  }

  private static final WordClusterer CLUSTERER = new WordClusterer(1, 1000, 100, 10, 42L);

  @Test
  void groupsWordsSeenInTheSameContexts() {
    SortedMap<String, Integer> clusters = CLUSTERER.cluster(corpus(), 2);

    assertThat(List.of("python", "scala", "kotlin"))
        .allSatisfy(w -> assertThat(clusters.get(w)).isEqualTo(clusters.get("java")));
    assertThat(List.of("pears", "plums", "cherries"))
        .allSatisfy(w -> assertThat(clusters.get(w)).isEqualTo(clusters.get("apples")));
    assertThat(clusters.get("java")).isNotEqualTo(clusters.get("apples"));
  }

  @Test
  void givesTheSameTableTwice() {
    assertThat(WordClusterTables.text(8, CLUSTERER.cluster(corpus(), 8)))
        .isEqualTo(WordClusterTables.text(8, CLUSTERER.cluster(corpus(), 8)))
        .contains("java k8c");
  }

  @Test
  void leavesOutWordsBelowTheMinimumCount() {
    List<List<String>> lines = new ArrayList<>(corpus());
    lines.add(List.of("rare", "word"));

    assertThat(new WordClusterer(2, 1000, 100, 10, 42L).cluster(lines, 2))
        .containsKey("java")
        .doesNotContainKeys("rare", "word");
  }
}
