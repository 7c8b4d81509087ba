package org.credmatch.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.credmatch.skills.ExtractionConfig;
import org.credmatch.skills.SkillExtractors;
import org.credmatch.taxonomy.Skill;
import org.credmatch.taxonomy.SkillType;
import org.credmatch.taxonomy.Taxonomy;
import org.junit.jupiter.api.Test;

class ExtractionBenchmarkTest {

  @Test
  void measuresTheCommittedAdAndReportsRates() throws Exception {
    var taxonomy =
        new Taxonomy(
            List.of(
                new Skill(
                    "t:java",
                    "Oracle Java",
                    List.of(),
                    SkillType.TOOL,
                    List.of("test"),
                    List.of("t:java"),
                    false,
                    null)));
    var extractor = SkillExtractors.create(taxonomy, ExtractionConfig.loadDefault(), null);
    String ad = ExtractionBenchmark.ad();
    assertThat(extractor.extract(ad).skills()).extracting(s -> s.id()).containsExactly("t:java");
    ExtractionBenchmark.Figures f = ExtractionBenchmark.measure(extractor, "ad", List.of(ad), 1, 2);
    assertThat(f.tokens()).isEqualTo(603);
    assertThat(f.postingsPerSecond()).isPositive();
    assertThat(f.msPer1000Tokens()).isPositive();
  }
}
