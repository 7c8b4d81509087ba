package org.credmatch.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Reads a text argument: a file path, or standard input for "-" or no path. */
final class TextInput {

  private TextInput() {}

  static String read(Path file, InputStream stdin, CommandSpec spec) throws IOException {
    if (file == null || file.toString().equals("-")) {
      return new String(stdin.readAllBytes(), StandardCharsets.UTF_8);
    }
    if (!Files.isRegularFile(file)) {
      throw new ParameterException(spec.commandLine(), "no such file: " + file);
    }
    return Files.readString(file, StandardCharsets.UTF_8);
  }
}
