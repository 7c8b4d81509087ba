package org.credmatch.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.credmatch.catalog.CatalogStore;
import org.credmatch.catalog.Credential;
import org.credmatch.catalog.CredentialSkill;
import org.credmatch.skills.ExtractionConfig;
import org.credmatch.skills.SkillExtractors;
import org.credmatch.taxonomy.Skill;
import org.credmatch.taxonomy.SkillType;
import org.credmatch.taxonomy.Taxonomy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScaleBenchmarkTest {

  private static final List<Credential> REAL = CatalogStore.readDefault();

  @Test
  void syntheticCatalogIsTheSameForTheSameSeed() {
    assertThat(SyntheticCatalog.generate(REAL, 300, 7))
        .isEqualTo(SyntheticCatalog.generate(REAL, 300, 7))
        .isNotEqualTo(SyntheticCatalog.generate(REAL, 300, 8));
  }

  @Test
  void syntheticRecordsHaveFreshIdsAndOnlyRealSkills() {
    List<Credential> synthetic = SyntheticCatalog.generate(REAL, 2_000, 1);
    Set<String> realSkills = new HashSet<>();
    REAL.forEach(c -> c.skills().forEach(s -> realSkills.add(s.id())));
    assertThat(synthetic).extracting(Credential::id).doesNotHaveDuplicates();
    assertThat(synthetic.get(42).id()).isEqualTo("synthetic:0000042");
    assertThat(synthetic.stream().flatMap(c -> c.skills().stream()).map(CredentialSkill::id))
        .isSubsetOf(realSkills);
    assertThat(synthetic).anyMatch(c -> !c.skills().isEmpty());
  }

  @Test
  void recombinedTitleTakesTheFirstHalfOfOneAndTheSecondHalfOfAnother() {
    assertThat(SyntheticCatalog.recombine("Intro to Cloud Security", "Advanced Python for Data"))
        .isEqualTo("Intro to for Data");
  }

  @Test
  void percentilesUseNearestRank() {
    Latencies l = new Latencies(new double[] {5, 1, 4, 2, 3, 6, 7, 8, 9, 10});
    assertThat(l.p50()).isEqualTo(5);
    assertThat(l.p99()).isEqualTo(10);
    assertThat(l.percentile(10)).isEqualTo(1);
  }

  @Test
  void smokeRunBuildsSearchesAndReportsASmallCatalog(@TempDir Path dir) throws Exception {
    Skill sql =
        new Skill("t:sql", "SQL", List.of(), SkillType.TOOL, List.of(), List.of(), false, null);
    ScaleBenchmark bench =
        new ScaleBenchmark(
            SkillExtractors.create(
                new Taxonomy(List.of(sql)), ExtractionConfig.loadDefault(), null));
    ScaleBenchmark.Row row = bench.measure(500, dir, 2);
    assertThat(row.size()).isEqualTo(500);
    assertThat(row.recommendCpu().p50()).isPositive();
    assertThat(row.indexBytes()).isPositive();
    assertThat(row.recommend().count()).isEqualTo(6);
    assertThat(row.baseline().count()).isEqualTo(6);
    assertThat(row.heapMb()).isPositive();

    ScaleBenchmark.Row kept = bench.timeKept(dir, 2);
    assertThat(kept.size()).isEqualTo(500);
    assertThat(kept.buildMillis()).isEqualTo(-1);
    assertThat(kept.indexBytes()).isEqualTo(row.indexBytes());
    assertThat(kept.recommend().count()).isEqualTo(6);
    assertThat(kept.line()).startsWith("|       500 |        |");
  }

  @Test
  void adsHaveRoughlyTheirAdvertisedLength() {
    var ads = BenchAds.all();
    assertThat(ads).containsOnlyKeys("300", "600", "1500");
    ads.forEach(
        (label, text) ->
            assertThat(BenchAds.words(text))
                .isBetween(
                    Integer.parseInt(label) * 85 / 100, Integer.parseInt(label) * 115 / 100));
  }
}
