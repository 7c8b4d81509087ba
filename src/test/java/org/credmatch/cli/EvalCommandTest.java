package org.credmatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandTest {

  @TempDir Path dir;

  @Test
  void printsStrictAndOverlapFiguresForEachScope() throws Exception {
    Path conll = dir.resolve("tiny.conll");
    Files.writeString(
        conll, "Experience\tO\tO\nwith\tO\tO\nPython\tO\tB\nis\tO\tO\nrequired\tO\tO\n.\tO\tO\n");
    var out = new java.io.ByteArrayOutputStream();
    PrintStream original = System.out;
    int exit;
    try {
      System.setOut(new PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8));
      exit =
          CredMatchCommand.commandLine().execute("eval", "extraction", "--data", conll.toString());
    } finally {
      System.setOut(original);
    }

    String printed = out.toString(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(exit).isZero();
    assertThat(printed)
        .contains("tiny.conll")
        .contains("strict F1")
        .contains("overlap F1")
        .containsPattern("(?m)^SKILL ")
        .containsPattern("(?m)^KNOWLEDGE ")
        .containsPattern("(?m)^BOTH ")
        .contains("tokens/s");
  }

  @Test
  void rejectsAMissingDataOption() {
    var err = new java.io.StringWriter();
    var commandLine = CredMatchCommand.commandLine();
    commandLine.setErr(new java.io.PrintWriter(err));

    int exit = commandLine.execute("eval", "extraction");

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString()).contains("--data");
  }
}
