package org.credmatch.skills;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.credmatch.skills.Curation.Mapping;
import org.junit.jupiter.api.Test;

class CurationConcurrencyTest {

  private static final String AD = "Python and Java for number crunching. Python again.";

  /** Denies Python and names statistics: a mix would show both or neither change. */
  private static final Curation CURATED =
      new Curation(
          List.of("t:python"), List.of(new Mapping("number crunching", "statistics")), List.of());

  @Test
  void extractionsDuringApplySeeTheOldOrTheNewCurationNeverAMix() throws Exception {
    CuratedExtractor extractor =
        SkillExtractors.create(TestTaxonomy.small(), Fixtures.config(), null, Curation.EMPTY);
    Extraction plain = extractor.extract(AD);
    extractor.apply(CURATED);
    Extraction curated = extractor.extract(AD);
    assertThat(plain).isNotEqualTo(curated);

    AtomicBoolean done = new AtomicBoolean();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Integer>> readers = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        readers.add(pool.submit(() -> readUntil(done, extractor, plain, curated)));
      }
      for (int i = 0; i < 400; i++) {
        extractor.apply(i % 2 == 0 ? Curation.EMPTY : CURATED);
      }
      done.set(true);
      for (Future<Integer> r : readers) {
        assertThat(r.get()).as("extractions that matched neither curation").isZero();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** Extracts until told to stop (at least 20 times); returns how many answers fit neither. */
  private static int readUntil(
      AtomicBoolean done, SkillExtractor extractor, Extraction plain, Extraction curated) {
    int odd = 0;
    for (int n = 0; n < 20 || !done.get(); n++) {
      Extraction e = extractor.extract(AD);
      if (!e.equals(plain) && !e.equals(curated)) {
        odd++;
      }
    }
    return odd;
  }
}
