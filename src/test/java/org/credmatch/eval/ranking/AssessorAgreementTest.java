package org.credmatch.eval.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssessorAgreementTest {

  @TempDir Path dir;

  /** A file in the layout of eval/ranking/agreement-dev.tsv. */
  private Path file(String... rows) throws IOException {
    Path f = dir.resolve("agreement.tsv");
    Files.writeString(
        f, "posting\tcredential\tgrade\tsecond_grade\tsecond_note\n" + String.join("\n", rows));
    return f;
  }

  @Test
  void countsAgreementAndQuadraticWeightedKappa() throws IOException {
    // (first, second): (0,0) (1,1) (2,3) (3,3) (2,2) (1,0); by hand: observed squared
    // disagreement 2, expected from the margins 15, kappa 1 - 2/15
    Path f =
        file(
            "p\ta\t0\t0\tx",
            "p\tb\t1\t1\tx",
            "p\tc\t2\t3\tx",
            "q\ta\t3\t3\tx",
            "q\tb\t2\t2\tx",
            "q\tc\t1\t0\tx");
    AssessorAgreement a = AssessorAgreement.of(Judgments.read(f), Judgments.read(f, 3));
    assertThat(a.pairs()).isEqualTo(6);
    assertThat(a.exact()).isCloseTo(4 / 6.0, within(1e-12));
    assertThat(a.withinOne()).isEqualTo(1.0);
    assertThat(a.relevant()).isEqualTo(1.0);
    assertThat(a.weightedKappa()).isCloseTo(1 - 2 / 15.0, within(1e-12));
    assertThat(a.confusion()[2][3]).isEqualTo(1);
    assertThat(a.confusion()[1][0]).isEqualTo(1);
    assertThat(a.table()).contains("on 6 pairs", "kappa 0.867");
  }

  @Test
  void perfectAgreementIsKappaOneAndAGradeAcrossTheRelevanceLineCounts() throws IOException {
    Path same = file("p\ta\t0\t0\tx", "p\tb\t3\t3\tx");
    assertThat(AssessorAgreement.of(Judgments.read(same), Judgments.read(same, 3)).weightedKappa())
        .isEqualTo(1.0);
    Path across = file("p\ta\t1\t2\tx", "p\tb\t3\t3\tx", "p\tc\t0\t0\tx");
    AssessorAgreement a = AssessorAgreement.of(Judgments.read(across), Judgments.read(across, 3));
    assertThat(a.relevant()).isCloseTo(2 / 3.0, within(1e-12));
    assertThat(a.withinOne()).isEqualTo(1.0);
  }

  @Test
  void onlyPairsBothGradedCountAndNoneSharedIsAnError() throws IOException {
    Path first = dir.resolve("first.tsv");
    Files.writeString(first, "p\ta\t2\n");
    Path second = file("p\ta\t2\t1\tx", "p\tz\t3\t3\tx");
    assertThat(AssessorAgreement.of(Judgments.read(first), Judgments.read(second, 3)).pairs())
        .isEqualTo(1);
    Path other = file("q\tb\t1\t1\tx");
    assertThatThrownBy(() -> AssessorAgreement.of(Judgments.read(first), Judgments.read(other, 3)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("share no");
  }

  @Test
  void secondGradesReplaceTheFirstAndTheRestStay() throws IOException {
    Path first = dir.resolve("first.tsv");
    Files.writeString(first, "p\ta\t2\np\tb\t0\nq\ta\t1\n");
    Judgments merged =
        Judgments.read(first)
            .overriddenBy(Judgments.read(file("p\ta\t2\t3\tx", "r\ta\t0\t1\tx"), 3));
    assertThat(merged.grade("p", "a")).isEqualTo(3);
    assertThat(merged.grade("p", "b")).isZero();
    assertThat(merged.grade("q", "a")).isEqualTo(1);
    assertThat(merged.grade("r", "a")).isEqualTo(1);
    assertThat(Judgments.read(first).grade("p", "a")).isEqualTo(2);
  }

  @Test
  void aMissingOrBadSecondGradeNamesTheLineAndColumn() throws IOException {
    Path f = file("p\ta\t2\t5\tx");
    assertThatThrownBy(() -> Judgments.read(f, 3))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("line 2")
        .hasMessageContaining("column 4");
  }
}
