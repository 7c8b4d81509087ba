package org.credmatch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

class TextInputTest {

  @TempDir Path dir;

  final CommandSpec spec = new CommandLine(new RecommendCommand()).getCommandSpec();
  final InputStream noStdin = InputStream.nullInputStream();

  @Test
  void readsAFileOrStandardInput() throws Exception {
    Path ad = Files.writeString(dir.resolve("ad.txt"), "Data analyst: SQL, Tableau");
    assertThat(TextInput.read(ad, noStdin, spec)).isEqualTo("Data analyst: SQL, Tableau");
    var stdin = new ByteArrayInputStream("from stdin".getBytes(StandardCharsets.UTF_8));
    assertThat(TextInput.read(Path.of("-"), stdin, spec)).isEqualTo("from stdin");
  }

  @Test
  void namesAMissingFileAndAFolder() {
    assertThatThrownBy(() -> TextInput.read(dir.resolve("nope.txt"), noStdin, spec))
        .isInstanceOf(ParameterException.class)
        .hasMessageStartingWith("no such file: ");
    assertThatThrownBy(() -> TextInput.read(dir, noStdin, spec))
        .isInstanceOf(ParameterException.class)
        .hasMessageStartingWith("a folder, not a file: ");
  }

  /** What bash's {@code <(command)} passes: a pipe, not a regular file. */
  @Test
  void readsANamedPipeToItsEnd() throws Exception {
    Path fifo = dir.resolve("ad.fifo");
    boolean made;
    try {
      made = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0;
    } catch (java.io.IOException noMkfifo) {
      made = false;
    }
    assumeTrue(made, "mkfifo is not available here");
    CompletableFuture<Void> writer =
        CompletableFuture.runAsync(
            () -> {
              try {
                Files.writeString(fifo, "Cook: noodles and dumplings");
              } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
    assertThat(TextInput.read(fifo, noStdin, spec)).isEqualTo("Cook: noodles and dumplings");
    writer.get();
  }
}
