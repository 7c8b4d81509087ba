package org.credmatch.eval.ranking;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Graded relevance judgments (0 to 3) of programs for postings, read from a TSV file with the
 * columns {@code posting, credential, grade} (further columns, such as a note, are ignored; lines
 * starting with # are comments). Immutable.
 */
public final class Judgments {

  private final Map<String, Map<String, Integer>> grades;

  private Judgments(Map<String, Map<String, Integer>> grades) {
    this.grades = grades;
  }

  /** No judgments at all. */
  public static Judgments empty() {
    return new Judgments(Map.of());
  }

  public static Judgments read(Path tsv) throws IOException {
    return read(tsv, 2);
  }

  /**
   * Reads the grades of column {@code gradeColumn} (0-based; at least 2) of a TSV whose first two
   * columns are posting and credential: a second assessor's grades stand beside the first's in
   * {@code eval/ranking/agreement-dev.tsv}.
   */
  public static Judgments read(Path tsv, int gradeColumn) throws IOException {
    if (gradeColumn < 2) {
      throw new IllegalArgumentException("the grade column comes after posting and credential");
    }
    Map<String, Map<String, Integer>> grades = new HashMap<>();
    List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#") || line.startsWith("posting\t")) {
        continue;
      }
      String[] cols = line.split("\t");
      if (cols.length <= gradeColumn || !cols[gradeColumn].strip().matches("[0-3]")) {
        throw new IOException(
            tsv
                + " line "
                + (i + 1)
                + ": expected posting<TAB>credential<TAB>"
                + (gradeColumn > 2 ? "... column " + (gradeColumn + 1) + ": " : "")
                + "grade 0-3");
      }
      grades
          .computeIfAbsent(cols[0], k -> new HashMap<>())
          .put(cols[1], Integer.parseInt(cols[gradeColumn].strip()));
    }
    return new Judgments(grades);
  }

  /** The grade, or null when the program was not judged for the posting. */
  public Integer grade(String posting, String credential) {
    return grades.getOrDefault(posting, Map.of()).get(credential);
  }

  /** All grades given for a posting. */
  public Map<String, Integer> gradesFor(String posting) {
    return Map.copyOf(grades.getOrDefault(posting, Map.of()));
  }

  public boolean judged(String posting) {
    return grades.containsKey(posting);
  }

  /** These judgments with every grade {@code other} gives in place of this one's (or added). */
  public Judgments overriddenBy(Judgments other) {
    Map<String, Map<String, Integer>> merged = new HashMap<>();
    grades.forEach((posting, g) -> merged.put(posting, new HashMap<>(g)));
    other.grades.forEach(
        (posting, g) -> merged.computeIfAbsent(posting, k -> new HashMap<>()).putAll(g));
    return new Judgments(merged);
  }

  /** Every posting judged, in no particular order. */
  java.util.Set<String> postings() {
    return java.util.Set.copyOf(grades.keySet());
  }
}
