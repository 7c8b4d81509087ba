package org.credmatch.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.credmatch.ner.AnnotatedSentence;
import org.credmatch.ner.DataFile;
import org.credmatch.ner.SkillSpanCorpus;

/**
 * Gold sentences to evaluate on, with the files they came from. Immutable.
 *
 * @param files the data files with their SHA-256, in the order given
 * @param sentences all their sentences, file after file
 * @param hasPostings whether sentences carry posting boundaries (postings JSON), which
 *     posting-level figures need
 */
public record EvaluationData(
    List<DataFile> files, List<AnnotatedSentence> sentences, boolean hasPostings) {

  public EvaluationData {
    files = List.copyOf(files);
    sentences = List.copyOf(sentences);
  }

  /** Reads CoNLL and postings JSON files (by extension); postings-level needs all JSON. */
  public static EvaluationData load(List<Path> paths) throws IOException {
    List<DataFile> files = new ArrayList<>();
    List<AnnotatedSentence> sentences = new ArrayList<>();
    boolean allPostings = !paths.isEmpty();
    for (Path path : paths) {
      files.add(DataFile.of(path));
      sentences.addAll(SkillSpanCorpus.read(path));
      allPostings &= isPostings(path);
    }
    return new EvaluationData(files, sentences, allPostings);
  }

  private static boolean isPostings(Path path) {
    String name = path.getFileName().toString();
    return name.endsWith(".json") || name.endsWith(".jsonl");
  }

  /** Total number of tokens. */
  public int tokens() {
    return sentences.stream().mapToInt(s -> s.tokens().size()).sum();
  }
}
