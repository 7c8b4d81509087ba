package org.credmatch.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.credmatch.eval.EvaluationData;
import org.credmatch.eval.ExtractionEvaluator;
import org.credmatch.eval.ExtractionReport;
import org.credmatch.eval.ReportTable;
import org.credmatch.eval.SpanTagger;
import org.credmatch.ner.DataFile;
import org.credmatch.ner.NerTrainingConfig;
import org.credmatch.ner.OpenNlpSkillSpanFinder;
import org.credmatch.ner.SkillSpanTrainer;
import org.credmatch.ner.TrainingData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code credmatch train}: trains CredMatch's models from the shared data. */
@Command(
    name = "train",
    description = "Trains CredMatch's models.",
    mixinStandardHelpOptions = true,
    subcommands = {TrainCommand.Ner.class})
final class TrainCommand {

  /** {@code credmatch train ner}: the SKILL/KNOWLEDGE span model. */
  @Command(
      name = "ner",
      description = "Trains the SKILL/KNOWLEDGE span model on SkillSpan train.",
      mixinStandardHelpOptions = true)
  static final class Ner implements Callable<Integer> {

    @Option(
        names = "--data",
        description = "Folder with skillspan_*_train.conll (default: ${DEFAULT-VALUE}).",
        defaultValue = "../shared/data/skillspan")
    Path data;

    @Option(
        names = "--out",
        description = "Model file to write (default: ${DEFAULT-VALUE}).",
        defaultValue = "models/ner/skill-ner.bin")
    Path out;

    @Option(
        names = "--config",
        description =
            "Folder with training.properties and features.xml (default: ${DEFAULT-VALUE}).",
        defaultValue = "models/ner")
    Path config;

    @Option(
        names = "--holdout",
        description =
            "Tuning mode: keep this fraction of each train file's tokens (its end) out of training, "
                + "report figures on it and write no model (default: ${DEFAULT-VALUE}).",
        defaultValue = "0")
    double holdout;

    @Override
    public Integer call() throws Exception {
      TrainingData data = TrainingData.load(this.data, holdout);
      data.files().forEach(f -> System.out.println("data " + f.name() + " sha256 " + f.sha256()));
      SkillSpanTrainer trainer = new SkillSpanTrainer(NerTrainingConfig.load(config));
      long start = System.nanoTime();
      byte[] model = trainer.train(data.train(), System.out::println);
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf(
          Locale.ROOT, "trained on %d tokens in %.1f s%n", data.trainTokens(), seconds);
      return holdout > 0 ? reportHeldOut(model, data) : write(model);
    }

    private int reportHeldOut(byte[] model, TrainingData data) throws Exception {
      Path tmp = Files.createTempFile("skill-ner", ".bin");
      try {
        Files.write(tmp, model);
        SpanTagger tagger = SpanTagger.of(OpenNlpSkillSpanFinder.load(tmp));
        EvaluationData heldOut = new EvaluationData(java.util.List.of(), data.heldOut(), false);
        ExtractionReport report = new ExtractionEvaluator().evaluate(heldOut, tagger);
        System.out.print("held-out part of train:\n" + ReportTable.text(report));
      } finally {
        Files.delete(tmp);
      }
      return 0;
    }

    private int write(byte[] model) throws Exception {
      Path parent = out.toAbsolutePath().getParent();
      Files.createDirectories(parent);
      Files.write(out, model);
      System.out.printf(
          Locale.ROOT, "wrote %s: %d bytes, sha256 %s%n", out, model.length, DataFile.sha256(out));
      return 0;
    }
  }
}
