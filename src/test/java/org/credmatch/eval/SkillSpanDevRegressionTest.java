package org.credmatch.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.credmatch.ner.OpenNlpSkillSpanFinder;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Re-runs the committed SkillSpan dev figures of the committed model, and checks that the tables in
 * {@code docs/extraction-eval.md} are the ones this run prints.
 */
class SkillSpanDevRegressionTest {

  private static final String REGRESSION = "/regressions/skillspan-dev-ner.json";

  private static final Path DOC = Path.of("docs/extraction-eval.md");

  @Test
  void committedModelReproducesSkillSpanDevFiguresAndDocTables() throws IOException {
    Path shared = Path.of(System.getProperty("credmatch.shared", "../shared/data"));
    Assumptions.assumeTrue(
        Files.isDirectory(shared.resolve("skillspan")),
        "../shared/data absent: skipping the SkillSpan dev regression");
    Regression regression;
    try (InputStream in = getClass().getResourceAsStream(REGRESSION)) {
      regression = Regression.read(in);
    }
    SpanTagger tagger = SpanTagger.of(OpenNlpSkillSpanFinder.loadDefault());

    RegressionCheck.Result result =
        new RegressionCheck()
            .check(regression, shared, OpenNlpSkillSpanFinder.defaultModelSha256(), tagger);

    assertThat(result.outcomes()).hasSizeGreaterThan(20);
    assertThat(result.outcomes())
        .filteredOn(o -> !o.ok())
        .map(RegressionCheck.Outcome::line)
        .isEmpty();
    String doc = Files.readString(DOC);
    assertThat(result.reports())
        .hasSize(regression.runs().size())
        .allSatisfy(report -> assertThat(doc).contains(ReportTable.markdown(report)));
  }
}
