package org.credmatch.taxonomy.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.credmatch.cli.CredMatchCommand;
import org.credmatch.taxonomy.Taxonomy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code credmatch taxonomy build} on the committed fixture. */
class BuildCommandTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    var cli = CredMatchCommand.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  @Test
  void writesTheTaxonomyAndPrintsItsCounts(@TempDir Path dir) throws Exception {
    Path fixture = Path.of(getClass().getResource("/taxonomy-fixture").toURI());
    Path file = dir.resolve("nested/taxonomy.jsonl.gz");
    int code = run("taxonomy", "build", "--from", fixture.toString(), "--out", file.toString());
    assertThat(code).isZero();
    Taxonomy written = Taxonomy.load(file);
    assertThat(written.findByLabel("Python")).isPresent();
    assertThat(out.toString())
        .contains("O*NET technologies", "| tool |", "wrote " + written.size() + " skills");
  }

  @Test
  void exitsWithUsageErrorWhenTheDataFolderIsMissing(@TempDir Path dir) {
    int code = run("taxonomy", "build", "--from", dir.resolve("none").toString());
    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("does not exist");
  }

  @Test
  void exitsWithUsageErrorNamingAMissingFile(@TempDir Path dir) throws Exception {
    java.nio.file.Files.createDirectories(dir.resolve("taxonomy/onet-29.2"));
    int code =
        run("taxonomy", "build", "--from", dir.toString(), "--out", dir.resolve("t.gz").toString());
    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("missing taxonomy source file", "technology-skills.txt");
  }
}
