package org.credmatch.ner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The SkillSpan training sentences, optionally with a held-out tail for tuning. Immutable.
 *
 * @param files the training files with their SHA-256, by name
 * @param train sentences to train on
 * @param heldOut sentences kept out of training (empty unless a hold-out fraction was asked for)
 */
public record TrainingData(
    List<DataFile> files, List<AnnotatedSentence> train, List<AnnotatedSentence> heldOut) {

  /** File name pattern of SkillSpan training files. */
  public static final String TRAIN_GLOB = "skillspan_*_train.conll";

  public TrainingData {
    files = List.copyOf(files);
    train = List.copyOf(train);
    heldOut = List.copyOf(heldOut);
  }

  /**
   * Reads every {@value #TRAIN_GLOB} file of {@code folder}, by name.
   *
   * @param holdOut fraction in [0, 1) of each file's tokens, whole sentences taken from its end (so
   *     mostly whole postings), kept out of training for tuning
   */
  public static TrainingData load(Path folder, double holdOut) throws IOException {
    if (holdOut < 0 || holdOut >= 1) {
      throw new IllegalArgumentException("hold-out fraction must lie in [0, 1): " + holdOut);
    }
    List<DataFile> files = new ArrayList<>();
    List<AnnotatedSentence> train = new ArrayList<>();
    List<AnnotatedSentence> heldOut = new ArrayList<>();
    for (Path file : trainFiles(folder)) {
      files.add(DataFile.of(file));
      List<AnnotatedSentence> sentences = SkillSpanCorpus.readConll(file);
      int cut = cutAtTokenFraction(sentences, 1 - holdOut);
      train.addAll(sentences.subList(0, cut));
      heldOut.addAll(sentences.subList(cut, sentences.size()));
    }
    return new TrainingData(files, train, heldOut);
  }

  /** The first sentence index at which the tokens before reach {@code fraction} of all. */
  private static int cutAtTokenFraction(List<AnnotatedSentence> sentences, double fraction) {
    long total = sentences.stream().mapToLong(s -> s.tokens().size()).sum();
    long seen = 0;
    int i = 0;
    while (i < sentences.size() && seen < total * fraction) {
      seen += sentences.get(i++).tokens().size();
    }
    return i;
  }

  private static List<Path> trainFiles(Path folder) throws IOException {
    List<Path> files;
    try (Stream<Path> listing = Files.list(folder)) {
      var matcher = folder.getFileSystem().getPathMatcher("glob:" + TRAIN_GLOB);
      files = listing.filter(p -> matcher.matches(p.getFileName())).sorted().toList();
    }
    if (files.isEmpty()) {
      throw new IOException("no " + TRAIN_GLOB + " file in " + folder);
    }
    return files;
  }

  /** Number of training tokens. */
  public int trainTokens() {
    return train.stream().mapToInt(s -> s.tokens().size()).sum();
  }
}
