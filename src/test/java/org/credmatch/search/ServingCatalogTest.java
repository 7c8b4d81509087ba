package org.credmatch.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.credmatch.catalog.Credential;
import org.credmatch.catalog.CredentialSkill;
import org.credmatch.index.IndexUpdater;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServingCatalogTest {

  @TempDir Path dir;

  static IndexUpdater.Batch retitle(List<Credential> catalog, String title) {
    return new IndexUpdater.Batch(
        catalog.stream().map(c -> c.withTitle(title)).toList(), List.of());
  }

  @Test
  void aLeaseKeepsReadingItsGenerationWhileABatchLands() throws Exception {
    List<Credential> catalog = SearchFixtures.catalog();
    try (var serving = SearchFixtures.serving(dir, SearchFixtures.extractor())) {
      String id = catalog.getFirst().id();
      try (var lease = serving.acquire()) {
        serving.apply(retitle(catalog, "Changed"));
        assertThat(lease.snapshot().index().get(id).orElseThrow().title())
            .isEqualTo(catalog.getFirst().title());
        try (var fresh = serving.acquire()) {
          assertThat(fresh.snapshot().index().get(id).orElseThrow().title()).isEqualTo("Changed");
        }
      }
      try (var later = serving.acquire()) {
        assertThat(later.snapshot().index().get(id).orElseThrow().title()).isEqualTo("Changed");
      }
    }
  }

  @Test
  void readersDuringBatchesSeeOneWholeBatchNeverAMix() throws Exception {
    List<Credential> catalog = SearchFixtures.catalog();
    try (var serving = SearchFixtures.serving(dir, SearchFixtures.extractor());
        ExecutorService pool = Executors.newFixedThreadPool(2)) {
      AtomicBoolean writing = new AtomicBoolean(true);
      List<Future<List<String>>> readers = new ArrayList<>();
      for (int t = 0; t < 2; t++) {
        readers.add(
            pool.submit(
                () -> {
                  List<String> mixes = new ArrayList<>();
                  while (writing.get()) {
                    try (var lease = serving.acquire()) {
                      var titles =
                          lease.snapshot().index().all().stream().map(Credential::title).toList();
                      if (titles.stream().distinct().count() != 1
                          && titles.stream().anyMatch(t2 -> t2.startsWith("Batch "))) {
                        mixes.add(String.valueOf(titles));
                      }
                    }
                  }
                  return mixes;
                }));
      }
      for (int b = 1; b <= 8; b++) {
        serving.apply(retitle(catalog, "Batch " + b));
      }
      writing.set(false);
      for (var r : readers) {
        assertThat(r.get()).isEmpty();
      }
      assertThat(serving.size()).isEqualTo(catalog.size());
    }
  }

  @Test
  void recommendationsAndSuggestionsFollowTheNewGeneration() throws Exception {
    List<Credential> catalog = SearchFixtures.catalog();
    try (var serving = SearchFixtures.serving(dir, SearchFixtures.extractor())) {
      var skill = catalog.getFirst().skills().getFirst();
      int before = programs(serving, skill);
      var extra =
          SearchFixtures.course(
              "zz:extra", "Extra", new CredentialSkill(skill.id(), skill.label(), true));
      serving.apply(new IndexUpdater.Batch(List.of(extra), List.of()));
      assertThat(programs(serving, skill)).isEqualTo(before + 1);
    }
  }

  @Test
  void suggestersAreBuiltOnceTheBackgroundWorkStartsThenAtOnceForNewGenerations() throws Exception {
    List<Credential> catalog = SearchFixtures.catalog();
    try (var serving = SearchFixtures.serving(dir, SearchFixtures.extractor())) {
      Thread.sleep(100);
      try (var lease = serving.acquire()) {
        assertThat(lease.snapshot().suggesterLoading().isDone()).isFalse();
      }
      serving.startBackgroundWork();
      try (var lease = serving.acquire()) {
        lease.snapshot().suggesterLoading().join();
      }
      var skill = catalog.getFirst().skills().getFirst();
      serving.apply(
          new IndexUpdater.Batch(
              List.of(
                  SearchFixtures.course(
                      "zz:extra", "Extra", new CredentialSkill(skill.id(), skill.label(), true))),
              List.of()));
      try (var lease = serving.acquire()) {
        var loading = lease.snapshot().suggesterLoading();
        for (int i = 0; i < 500 && !loading.isDone(); i++) {
          Thread.sleep(10);
        }
        assertThat(loading.isDone()).isTrue();
      }
    }
  }

  private static int programs(ServingCatalog serving, CredentialSkill skill) {
    try (var lease = serving.acquire()) {
      return lease.snapshot().suggester().suggest(skill.label(), 5).stream()
          .filter(s -> s.id().equals(skill.id()))
          .findFirst()
          .orElseThrow()
          .programs();
    }
  }

  @Test
  void refusesLeasesOnceClosed() throws Exception {
    var serving = SearchFixtures.serving(dir, SearchFixtures.extractor());
    serving.close();
    assertThatThrownBy(serving::acquire).isInstanceOf(IllegalStateException.class);
  }
}
