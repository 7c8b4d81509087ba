package org.credmatch.eval.ranking;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.credmatch.index.LabelText;

/**
 * The words common to job ads: those in at least a given share of a set of postings, as {@link
 * LabelText} normalises them. The ranking does not look for a catalog label made only of such words
 * ("management", "business development", "materials"): it would match most ads. Written from
 * SkillSpan train, never dev, so the ranking figures measured on dev are not fitted by it.
 */
public final class CommonAdWords {

  private CommonAdWords() {}

  /** Words in at least {@code minShare} of the postings, sorted. */
  public static List<String> of(List<JobPosting> postings, double minShare) {
    Map<String, Integer> postingsWith = new HashMap<>();
    for (JobPosting p : postings) {
      Set<String> words = new HashSet<>(List.of(LabelText.normalize(p.text()).split(" ")));
      words.remove("");
      words.forEach(w -> postingsWith.merge(w, 1, Integer::sum));
    }
    double needed = minShare * postings.size();
    return postingsWith.entrySet().stream()
        .filter(e -> e.getValue() >= needed)
        .map(Map.Entry::getKey)
        .sorted()
        .toList();
  }

  /** Writes the words of {@code postingsFile}, one a line, after a header saying how. */
  public static int write(Path postingsFile, double minShare, Path out) throws IOException {
    List<JobPosting> postings = JobPosting.read(postingsFile);
    List<String> words = of(postings, minShare);
    StringBuilder text = new StringBuilder();
    text.append("# Words in at least ")
        .append(String.format(Locale.ROOT, "%.0f%%", minShare * 100))
        .append(" of the ")
        .append(postings.size())
        .append(" postings of ")
        .append(postingsFile.getFileName())
        .append(" (SkillSpan train), lower-cased as org.credmatch.index.LabelText does.\n")
        .append("# Catalog labels made only of these words are not looked for in ads")
        .append(" (ranking.json catalogLabels).\n")
        .append("# Written by: credmatch train common-words --min-share ")
        .append(minShare)
        .append("\n");
    words.forEach(w -> text.append(w).append('\n'));
    Files.writeString(out, text, StandardCharsets.UTF_8);
    return words.size();
  }
}
