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
      ServeCommand.class,
      RecommendCommand.class,
      ExtractCommand.class,
      IndexCommand.class,
      CatalogCommand.class,
      TaxonomyCommand.class,
      TrainCommand.class,
      EvalCommand.class,
    })
public final class CredMatchCommand {

  /**
   * Lucene reports through java.util.logging that the incubating vector module is not enabled; that
   * is expected for a plain {@code java -jar} and not worth a warning at every start. Held here so
   * the logger (and its level) is not garbage-collected.
   */
  private static final java.util.logging.Logger LUCENE_VECTOR_LOG =
      java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

  public static void main(String[] args) {
    LUCENE_VECTOR_LOG.setLevel(java.util.logging.Level.SEVERE);
    System.exit(commandLine().execute(args));
  }

  /** The configured command line, shared by {@link #main} and tests. */
  public static CommandLine commandLine() {
    return new CommandLine(new CredMatchCommand())
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setExecutionExceptionHandler(CredMatchCommand::refusal);
  }

  /**
   * Refusals a user can act on (admin changes in the way, a bad configuration file) print their
   * message, not a stack trace; anything else rethrows.
   */
  private static int refusal(Exception e, CommandLine cmd, CommandLine.ParseResult parsed)
      throws Exception {
    if (e instanceof AdminChangesException) {
      cmd.getErr().println("credmatch: " + e.getMessage());
      return 1;
    }
    if (e instanceof org.credmatch.index.ConfigException) {
      // names the file and what is wrong in it ("Unrecognized field ...")
      cmd.getErr().println("credmatch: bad configuration: " + e.getMessage());
      return 2;
    }
    throw e;
  }
}
