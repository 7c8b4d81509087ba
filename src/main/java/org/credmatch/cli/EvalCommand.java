package org.credmatch.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.credmatch.eval.EvaluationData;
import org.credmatch.eval.ExtractionEvaluator;
import org.credmatch.eval.ExtractionReport;
import org.credmatch.eval.PipelineSpanTagger;
import org.credmatch.eval.Regression;
import org.credmatch.eval.RegressionCheck;
import org.credmatch.eval.ReportTable;
import org.credmatch.eval.SpanTagger;
import org.credmatch.ner.DataFile;
import org.credmatch.ner.OpenNlpSkillSpanFinder;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code credmatch eval}: measures CredMatch's components against gold data. */
@Command(
    name = "eval",
    description = "Measures CredMatch's components against gold data.",
    mixinStandardHelpOptions = true,
    subcommands = {EvalCommand.Extraction.class, RankingEvalCommand.class})
final class EvalCommand {

  /** {@code credmatch eval extraction}: skill-span extraction against SkillSpan gold. */
  @Command(
      name = "extraction",
      description =
          "Span P/R/F1 (strict and overlap) for SKILL, KNOWLEDGE and both, and posting-level "
              + "skill P/R, of the skill-span model on SkillSpan CoNLL or postings JSON files.",
      mixinStandardHelpOptions = true)
  static final class Extraction implements Callable<Integer> {

    @ArgGroup(multiplicity = "1")
    Input input;

    static final class Input {
      @Option(
          names = "--data",
          arity = "1..*",
          description = "CoNLL (.conll) or postings JSON lines (.json) files, evaluated together.")
      List<Path> data;

      @Option(
          names = "--check",
          description = "Re-run a regression file and print OK/FAIL per figure.")
      Path regression;
    }

    @Option(names = "--model", description = "Model file (default: the one in the jar).")
    Path model;

    /** What is evaluated. */
    enum System_ {
      model,
      pipeline
    }

    @Option(
        names = "--system",
        defaultValue = "model",
        description =
            "model: the span model alone; pipeline: the whole extractor (taxonomy matcher + model)"
                + " on each sentence (default: ${DEFAULT-VALUE}).")
    System_ system;

    @Option(names = "--markdown", description = "Print the figures as a Markdown table.")
    boolean markdown;

    @Option(
        names = "--shared",
        description = "Shared data folder for --check and --save (default: ${DEFAULT-VALUE}).",
        defaultValue = "../shared/data")
    Path shared;

    @Option(
        names = "--save",
        description = "Also write the figures as a regression file (with data checksums).")
    Path save;

    @Override
    public Integer call() throws IOException {
      SpanTagger tagger =
          system == System_.pipeline
              ? new PipelineSpanTagger(
                  org.credmatch.skills.SkillExtractors.create(
                      org.credmatch.taxonomy.Taxonomy.loadDefault(),
                      org.credmatch.skills.ExtractionConfig.loadDefault(),
                      finder()))
              : SpanTagger.of(finder());
      if (input.regression != null) {
        return check(tagger);
      }
      ExtractionReport report =
          new ExtractionEvaluator().evaluate(EvaluationData.load(input.data), tagger);
      System.out.print(markdown ? ReportTable.markdown(report) : ReportTable.text(report));
      if (save != null) {
        save(report);
      }
      return 0;
    }

    private OpenNlpSkillSpanFinder finder() throws IOException {
      return model == null
          ? OpenNlpSkillSpanFinder.loadDefault()
          : OpenNlpSkillSpanFinder.load(model);
    }

    private String modelSha256() throws IOException {
      if (model != null) {
        return DataFile.sha256(model);
      }
      return OpenNlpSkillSpanFinder.defaultModelSha256();
    }

    private int check(SpanTagger tagger) throws IOException {
      Regression regression = Regression.read(input.regression);
      RegressionCheck.Result result =
          new RegressionCheck().check(regression, shared, modelSha256(), tagger);
      result.outcomes().forEach(o -> System.out.println(o.line()));
      boolean ok = result.ok();
      System.out.println(ok ? "OK " + regression.name() : "FAIL " + regression.name());
      return ok ? 0 : 1;
    }

    private void save(ExtractionReport report) throws IOException {
      List<Regression.DataRef> refs = new ArrayList<>();
      Path root = shared.toAbsolutePath().normalize();
      for (Path p : input.data) {
        String relative = root.relativize(p.toAbsolutePath().normalize()).toString();
        refs.add(new Regression.DataRef(relative.replace('\\', '/'), DataFile.sha256(p)));
      }
      String command =
          "credmatch eval extraction --system "
              + system
              + " --data "
              + String.join(" ", input.data.stream().map(Path::toString).toList());
      String sha = modelSha256();
      Regression.Run run = Regression.runOf(command, refs, report);
      Regression regression =
          Files.exists(save)
              ? Regression.read(save).with(sha, run)
              : new Regression(
                  "skill spans (" + system + ") on SkillSpan", sha, 0.005, List.of(run));
      regression.write(save);
      System.out.println("wrote " + save);
    }
  }
}
