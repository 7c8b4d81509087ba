package org.credmatch.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.credmatch.ner.DataFile;
import org.credmatch.ner.SkillSpan;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegressionCheckTest {

  @TempDir Path shared;

  private String sha;

  private final SpanTagger tagger =
      tokens -> List.of(new SkillSpan(0, 1, SkillSpan.Kind.KNOWLEDGE, 1));

  @BeforeEach
  void writeData() throws IOException {
    Path file = shared.resolve("tiny.conll");
    Files.writeString(file, "Python\tO\tB\nand\tO\tO\nSQL\tO\tB\n");
    sha = DataFile.sha256(file);
  }

  private Regression regression(String dataSha, double expectedRecall) {
    var run =
        new Regression.Run(
            "credmatch eval extraction --data tiny.conll",
            List.of(new Regression.DataRef("tiny.conll", dataSha)),
            new TreeMap<>(Map.of("strict.KNOWLEDGE.recall", expectedRecall)));
    return new Regression("tiny", "model", 0.005, List.of(run));
  }

  @Test
  void passesWithinTolerance() throws IOException {
    var result = new RegressionCheck().check(regression(sha, 0.502), shared, "model", tagger);

    assertThat(result.ok()).isTrue();
    assertThat(result.reports()).hasSize(1);
  }

  @Test
  void failsOutsideTolerance() throws IOException {
    var result = new RegressionCheck().check(regression(sha, 0.51), shared, "model", tagger);

    assertThat(result.ok()).isFalse();
    assertThat(result.outcomes())
        .filteredOn(o -> !o.ok())
        .singleElement()
        .satisfies(o -> assertThat(o.line()).startsWith("FAIL strict.KNOWLEDGE.recall"));
  }

  @Test
  void failsWithoutEvaluatingWhenDataOrModelChanged() throws IOException {
    var changedData = new RegressionCheck().check(regression("0000", 0.5), shared, "model", tagger);
    var changedModel = new RegressionCheck().check(regression(sha, 0.5), shared, "other", tagger);

    assertThat(changedData.ok()).isFalse();
    assertThat(changedData.reports()).isEmpty();
    assertThat(changedModel.outcomes().getFirst().line()).isEqualTo("FAIL sha256:model");
  }
}
