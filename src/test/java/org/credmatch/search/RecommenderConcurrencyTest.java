package org.credmatch.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.credmatch.index.CatalogIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Requests answered at once by one recommender (which shares its term-statistics and program-facts
 * caches between them) get what they get one at a time from a fresh recommender.
 */
class RecommenderConcurrencyTest {

  @TempDir Path dir;

  static final List<String> ADS =
      List.of(
          "Data analyst: SQL, Excel and Tableau dashboards; Python is a plus.",
          "We need SQL and Excel.",
          "Statistics and Python for a junior analyst who builds reports.",
          "Watercolour painting teacher, some Excel.",
          "Senior engineer: Python, SQL, data pipelines and statistics.");

  @Test
  void concurrentAnswersEqualSequentialOnes() throws Exception {
    try (CatalogIndex index = SearchFixtures.index(dir)) {
      List<Recommendation> expected = new ArrayList<>();
      for (String ad : ADS) {
        expected.add(SearchFixtures.recommender(index).recommend(RecommendationRequest.of(ad, 5)));
      }
      Recommender shared = SearchFixtures.recommender(index);
      List<Callable<Boolean>> calls = new ArrayList<>();
      for (int round = 0; round < 40; round++) {
        int i = round % ADS.size();
        calls.add(
            () ->
                shared.recommend(RecommendationRequest.of(ADS.get(i), 5)).equals(expected.get(i)));
      }
      try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
        for (Future<Boolean> f : pool.invokeAll(calls)) {
          assertThat(f.get()).isTrue();
        }
      }
    }
  }
}
