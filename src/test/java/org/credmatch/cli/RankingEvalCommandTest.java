package org.credmatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.credmatch.eval.ranking.AssessorAgreement;
import org.credmatch.eval.ranking.Judgments;
import org.junit.jupiter.api.Test;

class RankingEvalCommandTest {

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource({
    "--check,src/test/resources/regressions/ranking-dev.json",
    "--save,target/never-written.json",
    "--pool-out,target/never-written.md"
  })
  void aSecondAssessorCannotBePinnedCheckedOrPooled(String option, String file)
      throws java.io.IOException {
    if (!option.equals("--check")) {
      Files.deleteIfExists(Path.of(file));
    }
    StringWriter err = new StringWriter();
    int code =
        CredMatchCommand.commandLine()
            .setErr(new PrintWriter(err))
            .execute(
                "eval",
                "ranking",
                "--second-assessor",
                "eval/ranking/agreement-dev.tsv",
                option,
                file);
    assertThat(code).isEqualTo(2);
    assertThat(err.toString())
        .contains("--second-assessor changes the judgments")
        .doesNotContain("\tat ");
    if (!option.equals("--check")) {
      assertThat(Path.of(file)).as("nothing written").doesNotExist();
    }
  }

  @Test
  void theAgreementInTheDocsIsWhatTheCommittedGradesGive() throws Exception {
    Path agreement = Path.of("eval/ranking/agreement-dev.tsv");
    AssessorAgreement a =
        AssessorAgreement.of(Judgments.read(agreement), Judgments.read(agreement, 3));
    assertThat(Files.readString(Path.of("docs/evaluation.md")))
        .as("docs/evaluation.md shows the agreement table")
        .contains(a.table().strip());
    Judgments judgments = Judgments.read(Path.of("eval/ranking/judgments.tsv"));
    AssessorAgreement same = AssessorAgreement.of(judgments, Judgments.read(agreement));
    assertThat(same.pairs()).isEqualTo(a.pairs());
    assertThat(same.exact())
        .as("the first grades of the agreement file are those of judgments.tsv")
        .isEqualTo(1.0);
  }
}
