package org.credmatch.cli;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import opennlp.tools.namefind.TokenNameFinderModel;
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
import org.credmatch.ner.WordClusterTables;
import org.credmatch.ner.WordClusterer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code credmatch train}: trains CredMatch's models from the shared data. */
@Command(
    name = "train",
    description = "Trains CredMatch's models.",
    mixinStandardHelpOptions = true,
    subcommands = {TrainCommand.Ner.class, TrainCommand.CommonWords.class})
final class TrainCommand {

  /** {@code credmatch train common-words}: the words too common in job ads to make a label. */
  @Command(
      name = "common-words",
      description =
          "Writes the words found in at least --min-share of SkillSpan train postings: catalog "
              + "labels made only of them are not looked for in ads.",
      mixinStandardHelpOptions = true)
  static final class CommonWords implements Callable<Integer> {

    @Option(
        names = "--postings",
        description = "SkillSpan train postings (default: ${DEFAULT-VALUE}).",
        defaultValue = "../shared/data/skillspan/postings_train.json")
    Path postings;

    @Option(
        names = "--min-share",
        description = "Least share of postings a word is in (default: ${DEFAULT-VALUE}).",
        defaultValue = "0.03")
    double minShare;

    @Option(
        names = "--out",
        description = "File to write (default: ${DEFAULT-VALUE}).",
        defaultValue = "index-config/common-ad-words.txt")
    Path out;

    @Override
    public Integer call() throws Exception {
      if (!Files.isRegularFile(postings)) {
        System.err.println("no such file: " + postings);
        return 2;
      }
      int n = org.credmatch.eval.ranking.CommonAdWords.write(postings, minShare, out);
      System.out.printf("%,d words written to %s%n", n, out);
      return 0;
    }
  }

  /** {@code credmatch train ner}: the SKILL/KNOWLEDGE span model. */
  @Command(
      name = "ner",
      description = "Trains the SKILL/KNOWLEDGE span model on SkillSpan train.",
      mixinStandardHelpOptions = true,
      subcommands = {TrainCommand.WordClusters.class})
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

    @Option(
        names = "--outside-scale",
        split = ",",
        description =
            "Tuning mode only: decode the held-out part with each of these outside scales (the "
                + "factor on the no-span outcome's score) instead of the config's OutsideScale.")
    java.util.List<Double> outsideScales;

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
      TokenNameFinderModel trained = new TokenNameFinderModel(new ByteArrayInputStream(model));
      java.util.List<Double> scales =
          outsideScales == null
              ? java.util.List.of(OpenNlpSkillSpanFinder.outsideScaleOf(trained))
              : outsideScales;
      EvaluationData heldOut = new EvaluationData(java.util.List.of(), data.heldOut(), false);
      for (double scale : scales) {
        SpanTagger tagger = SpanTagger.of(new OpenNlpSkillSpanFinder(trained, scale));
        ExtractionReport report = new ExtractionEvaluator().evaluate(heldOut, tagger);
        var f = report.figures();
        System.out.printf(
            Locale.ROOT,
            "held-out part of train, outside scale %s: overlap BOTH P %.3f R %.3f F1 %.3f,"
                + " strict BOTH F1 %.3f%n%s",
            scale,
            f.get("overlap.BOTH.precision"),
            f.get("overlap.BOTH.recall"),
            f.get("overlap.BOTH.f1"),
            f.get("strict.BOTH.f1"),
            ReportTable.text(report));
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

  /** {@code credmatch train ner word-clusters}: the span model's word cluster tables. */
  @Command(
      name = "word-clusters",
      description =
          "Clusters words of unlabeled catalog, ESCO and O*NET text (never SkillSpan) into the "
              + "word cluster tables read by the span model's features.",
      mixinStandardHelpOptions = true)
  static final class WordClusters implements Callable<Integer> {

    @Option(
        names = "--shared",
        description = "Shared data folder (default: ${DEFAULT-VALUE}).",
        defaultValue = "../shared/data")
    Path shared;

    @Option(
        names = "--out",
        description = "Folder for word-clusters-<k>.txt (default: ${DEFAULT-VALUE}).",
        defaultValue = "models/ner")
    Path out;

    @Option(
        names = "--k",
        split = ",",
        description = "Cluster counts, one table each (default: ${DEFAULT-VALUE}).",
        defaultValue = "64,256,1024")
    java.util.List<Integer> clusterCounts;

    @Option(
        names = "--min-count",
        description = "Occurrences a word needs (default: ${DEFAULT-VALUE}).",
        defaultValue = "5")
    int minCount;

    @Option(
        names = "--max-words",
        description = "Most frequent words clustered (default: ${DEFAULT-VALUE}).",
        defaultValue = "30000")
    int maxWords;

    @Option(
        names = "--context-words",
        description = "Most frequent words used as contexts (default: ${DEFAULT-VALUE}).",
        defaultValue = "1000")
    int contextWords;

    @Option(
        names = "--iterations",
        description = "k-means iterations (default: ${DEFAULT-VALUE}).",
        defaultValue = "15")
    int iterations;

    @Override
    public Integer call() throws Exception {
      var clusterer = new WordClusterer(minCount, maxWords, contextWords, iterations, 42L);
      new WordClusterTables(clusterer).write(shared, clusterCounts, out, System.out::println);
      return 0;
    }
  }
}
