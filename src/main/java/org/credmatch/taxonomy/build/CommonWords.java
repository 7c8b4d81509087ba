package org.credmatch.taxonomy.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ordinary English words: every word seen in lower case in English running text and skill phrases
 * of the sources (O*NET task statements and occupation descriptions, ESCO occupation labels and
 * descriptions, ESCO v1.1.0 skill labels). Product names are written with capitals there
 * ("Microsoft Excel"), so "excel" stays out while "word", "access" and "teams" are in. Immutable
 * and thread-safe.
 */
final class CommonWords {

  private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z'-]*");

  private final Set<String> words;

  CommonWords(Set<String> words) {
    this.words = Set.copyOf(words);
  }

  static CommonWords from(TaxonomySources sources) throws IOException {
    Set<String> words = new HashSet<>();
    for (String line :
        Files.readAllLines(
            sources.esco110().resolve(TaxonomySources.ESCO_110_LABELS), StandardCharsets.UTF_8)) {
      collect(line, words);
    }
    for (Tables.Row row : Tables.tsv(sources.onet().resolve("task-statements.txt"), "Task")) {
      collect(row.get("Task"), words);
    }
    var occupations = Tables.tsv(sources.onet().resolve("occupation-data.txt"), "Description");
    for (Tables.Row row : occupations) {
      collect(row.get("Description"), words);
    }
    for (Tables.Row row : Tables.csv(sources.esco().resolve("occupations_en.csv"), "description")) {
      collect(row.get("description"), words);
    }
    return new CommonWords(words);
  }

  private static void collect(String text, Set<String> words) {
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      String w = m.group();
      if (w.equals(w.toLowerCase(Locale.ROOT))) {
        words.add(w);
      }
    }
  }

  /** Whether a single token is an ordinary word (letters only, seen in lower case). */
  boolean isCommon(String token) {
    return words.contains(token.toLowerCase(Locale.ROOT));
  }

  /** Whether a phrase has at least one token that is not an ordinary word ("SQL Server"). */
  boolean isDistinctive(String phrase) {
    for (String token : phrase.strip().split("\\s+")) {
      if (!isCommon(token)) {
        return true;
      }
    }
    return false;
  }

  int size() {
    return words.size();
  }
}
