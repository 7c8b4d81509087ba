package org.credmatch.skills;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ConcurrencyTest {

  private static final List<String> ADS =
      List.of(
          "Requirements: 5+ years of Java and Python. Nice to have: Kubernetes, Go or Rust.",
          "<ul><li>C++ and C# on .NET</li><li>Node.js with Postgres</li></ul>",
          "We build reactive systems with React. Statistical programming in R is a plus.",
          "Fluent English required. Managing databases and MS Excel reporting.",
          "Experience in management of projects is a plus.");

  @Test
  void givesEveryThreadTheSameAnswers() throws Exception {
    assertSameAnswersFromManyThreads(Fixtures.extractor());
  }

  @Test
  void givesEveryThreadTheSameAnswersWithModelSpans() throws Exception {
    var finder = new PhraseFinder(List.of("management of projects", "reporting"), 0.9);
    assertSameAnswersFromManyThreads(Fixtures.withFinder(finder));
  }

  private static void assertSameAnswersFromManyThreads(DefaultSkillExtractor extractor)
      throws Exception {
    List<Extraction> expected = ADS.stream().map(extractor::extract).toList();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int t = 0; t < 64; t++) {
        int offset = t;
        results.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < 20; i++) {
                    int k = (i + offset) % ADS.size();
                    if (!extractor.extract(ADS.get(k)).equals(expected.get(k))) {
                      return false;
                    }
                  }
                  return true;
                }));
      }
      for (Future<Boolean> r : results) {
        assertThat(r.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(expected.stream().mapToInt(e -> e.skills().size()).sum()).isGreaterThan(10);
  }
}
