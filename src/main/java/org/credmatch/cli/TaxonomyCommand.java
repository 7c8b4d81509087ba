package org.credmatch.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.credmatch.taxonomy.Skill;
import org.credmatch.taxonomy.Taxonomy;
import org.credmatch.taxonomy.TaxonomyStats;
import org.credmatch.taxonomy.build.TaxonomyBuilder;
import org.credmatch.taxonomy.build.TaxonomySourceException;
import org.credmatch.taxonomy.build.TaxonomySources;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code credmatch taxonomy}: compile the skill taxonomy and look skills up. Stateless. */
@Command(
    name = "taxonomy",
    mixinStandardHelpOptions = true,
    description = "Compile the skill taxonomy (O*NET + ESCO) and look skills up.",
    subcommands = {TaxonomyCommand.Build.class, TaxonomyCommand.Lookup.class})
public final class TaxonomyCommand {

  /** {@code credmatch taxonomy build}. */
  @Command(
      name = "build",
      mixinStandardHelpOptions = true,
      description = "Compile the taxonomy from the O*NET and ESCO files of the shared data folder.")
  static final class Build implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Option(
        names = "--from",
        defaultValue = "../shared/data",
        description =
            "Shared data folder holding taxonomy/onet-29.2, esco-1.2.0, esco-1.1.0"
                + " (default: ${DEFAULT-VALUE}).")
    Path from;

    @Option(
        names = "--out",
        defaultValue = "models/taxonomy/taxonomy.jsonl.gz",
        description = "Where to write the gzipped JSON lines (default: ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call() throws IOException {
      PrintWriter log = spec.commandLine().getOut();
      TaxonomySources sources;
      try {
        sources = TaxonomySources.in(from);
      } catch (TaxonomySourceException e) {
        throw new ParameterException(spec.commandLine(), e.getMessage());
      }
      log.println("reading " + from.toAbsolutePath().normalize());
      long start = System.nanoTime();
      TaxonomyBuilder.Result result = build(sources);
      write(result.taxonomy(), out);
      log.print(result.report().describe());
      log.println();
      log.print(TaxonomyStats.of(result.taxonomy()).markdown());
      log.printf(
          "%nwrote %d skills to %s in %d ms%n",
          result.taxonomy().size(), out, (System.nanoTime() - start) / 1_000_000);
      return 0;
    }

    private TaxonomyBuilder.Result build(TaxonomySources sources) throws IOException {
      try {
        return new TaxonomyBuilder().build(sources);
      } catch (TaxonomySourceException e) {
        throw new ParameterException(spec.commandLine(), e.getMessage());
      }
    }

    private static void write(Taxonomy taxonomy, Path out) throws IOException {
      Path parent = out.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      try (OutputStream os = Files.newOutputStream(out)) {
        taxonomy.write(os);
      }
    }
  }

  /** {@code credmatch taxonomy lookup}. */
  @Command(
      name = "lookup",
      mixinStandardHelpOptions = true,
      description =
          "Print the skill each label resolves to in the shipped taxonomy (exit code 1 when one"
              + " resolves to none).")
  static final class Lookup implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Parameters(arity = "1..*", description = "Labels to look up (\"Python\", \"SQL\").")
    java.util.List<String> labels;

    @Override
    public Integer call() {
      Taxonomy taxonomy = Taxonomy.loadDefault();
      int missing = 0;
      for (String label : labels) {
        var skill = taxonomy.findByLabel(label);
        spec.commandLine()
            .getOut()
            .println(label + " -> " + skill.map(Lookup::show).orElse("none"));
        missing += skill.isEmpty() ? 1 : 0;
      }
      return missing == 0 ? 0 : 1;
    }

    private static String show(Skill s) {
      return s.id() + " \"" + s.label() + "\" (" + s.type().json() + ", " + s.sources() + ")";
    }
  }
}
