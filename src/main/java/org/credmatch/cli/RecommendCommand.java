package org.credmatch.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.credmatch.api.ApiServer;
import org.credmatch.search.Filters;
import org.credmatch.search.Recommendation;
import org.credmatch.search.RecommendationRequest;
import org.credmatch.search.StackLimits;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code credmatch recommend}: ranked programs for a job ad from a file or standard input. */
@Command(
    name = "recommend",
    mixinStandardHelpOptions = true,
    description = "Recommend programs for a job ad read from FILE or standard input.")
final class RecommendCommand implements Callable<Integer> {

  /** Output formats. */
  enum Format {
    json,
    text
  }

  @Spec CommandSpec spec;
  @Mixin EngineOptions engine;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "FILE",
      description = "Job ad file (plain text, HTML or Markdown); '-' or none reads standard input.")
  Path input;

  @Option(
      names = "--resume",
      paramLabel = "FILE",
      description = "Résumé file: skills it shows are subtracted.")
  Path resume;

  @Option(
      names = "--limit",
      defaultValue = "10",
      description = "Results to show (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--max-cost", description = "Highest price.")
  Double maxCost;

  @Option(names = "--free", description = "Only programs that can be taken for free.")
  boolean free;

  @Option(names = "--max-hours", description = "Longest duration in hours.")
  Double maxHours;

  @Option(
      names = "--level",
      split = ",",
      description = "Levels: beginner, intermediate, advanced, mixed.")
  List<String> level;

  @Option(
      names = "--type",
      split = ",",
      description = "Types: course, specialization, professional-certificate, ...")
  List<String> type;

  @Option(names = "--delivery", split = ",", description = "Delivery: online, hybrid, in-person.")
  List<String> delivery;

  @Option(names = "--provider", split = ",", description = "Providers, exact names.")
  List<String> provider;

  @Option(names = "--language", split = ",", description = "Language codes, e.g. en.")
  List<String> language;

  @Option(names = "--stack-max-hours", description = "Most total hours for the stack.")
  Double stackMaxHours;

  @Option(names = "--stack-max-cost", description = "Most total cost for the stack.")
  Double stackMaxCost;

  @Override
  public Integer call() throws Exception {
    String text = TextInput.read(input, System.in, spec);
    if (text.isBlank()) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "the job ad is empty");
    }
    String resumeText = resume == null ? null : TextInput.read(resume, System.in, spec);
    check("--level", level, org.credmatch.catalog.Level::parse);
    check("--type", type, org.credmatch.catalog.CredentialType::parse);
    check("--delivery", delivery, org.credmatch.catalog.Delivery.Mode::parse);
    var filters =
        new Filters(
            maxCost,
            free ? Boolean.TRUE : null,
            maxHours,
            delivery,
            level,
            provider,
            type,
            language);
    var stack = new StackLimits(stackMaxHours, stackMaxCost, null, false);
    try (Engine e = Engine.open(engine.toOptions(), System.err)) {
      var r =
          e.recommender()
              .recommend(new RecommendationRequest(text, resumeText, filters, stack, limit, 0));
      print(r, System.out);
    }
    return 0;
  }

  /** Refuses values a filter can never match, naming the option. */
  private void check(
      String option, List<String> values, java.util.function.Function<String, ?> parse) {
    for (String v : values == null ? List.<String>of() : values) {
      try {
        parse.apply(v);
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.ParameterException(
            spec.commandLine(), option + ": unknown value '" + v + "'");
      }
    }
  }

  private void print(Recommendation r, PrintStream out) throws Exception {
    if (format == Format.json) {
      out.println(ApiServer.json().writerWithDefaultPrettyPrinter().writeValueAsString(r));
    } else {
      RecommendationText.print(r, out);
    }
  }
}
