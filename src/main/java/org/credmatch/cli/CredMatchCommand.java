package org.credmatch.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code credmatch} root command: a job ad in, ranked micro-credentials out. */
@Command(
    name = "credmatch",
    mixinStandardHelpOptions = true,
    version = "credmatch 0.1.0",
    description = "Turns a job ad into ranked micro-credentials that teach what it asks for.",
    subcommands = {
      CommandLine.HelpCommand.class,
      TrainCommand.class,
      EvalCommand.class,
    })
public final class CredMatchCommand {

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The configured command line, shared by {@link #main} and tests. */
  public static CommandLine commandLine() {
    return new CommandLine(new CredMatchCommand()).setCaseInsensitiveEnumValuesAllowed(true);
  }
}
