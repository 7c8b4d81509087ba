package org.credmatch.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Reads a text argument: a file path (or pipe), or standard input for "-" or no path. */
final class TextInput {

  private TextInput() {}

  static String read(Path file, InputStream stdin, CommandSpec spec) throws IOException {
    if (file == null || file.toString().equals("-")) {
      return new String(stdin.readAllBytes(), StandardCharsets.UTF_8);
    }
    if (!Files.exists(file)) {
      throw new ParameterException(spec.commandLine(), "no such file: " + file);
    }
    if (Files.isDirectory(file)) {
      throw new ParameterException(spec.commandLine(), "a folder, not a file: " + file);
    }
    // Not only regular files: a pipe such as bash's <(command) is read to its end too.
    try (InputStream in = Files.newInputStream(file)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
