package org.credmatch.skills;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds "years of experience" phrases in a sentence ("5+ years of", "at least three years'
 * experience with", "3-5 yrs", "Java (5+ years)") and gives their minimum. Stateless and
 * thread-safe.
 */
final class YearsParser {

  private static final Map<String, Integer> WORDS =
      Map.ofEntries(
          Map.entry("one", 1),
          Map.entry("two", 2),
          Map.entry("three", 3),
          Map.entry("four", 4),
          Map.entry("five", 5),
          Map.entry("six", 6),
          Map.entry("seven", 7),
          Map.entry("eight", 8),
          Map.entry("nine", 9),
          Map.entry("ten", 10),
          Map.entry("eleven", 11),
          Map.entry("twelve", 12),
          Map.entry("fifteen", 15),
          Map.entry("twenty", 20));

  private static final String NUM =
      "(\\d{1,2}|" + String.join("|", new java.util.TreeSet<>(WORDS.keySet())) + ")";
  private static final Pattern PHRASE =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])"
              + NUM
              + "(?:\\s*\\(\\d{1,2}\\))?\\s*(?:\\+|plus)?\\s*"
              + "(?:(?:-|–|to)\\s*(?:\\d{1,2}|[a-z]+)\\s*\\+?\\s*)?"
              + "(?:years?|yrs?)(?:['’]|\\b)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern FOLLOWED_BY_CUE =
      Pattern.compile(
          "^\\s*(?:of|experience|exp\\b|with|in|using|working|hands-on|professional|relevant"
              + "|commercial|industry|practical|programming|development|developing|proven)",
          Pattern.CASE_INSENSITIVE);

  /**
   * One phrase found.
   *
   * @param start offset in the sentence
   * @param end offset after it in the sentence
   * @param min the minimum number of years
   * @param forward followed by an experience cue: it applies to the skills after it
   */
  record Years(int start, int end, int min, boolean forward) {}

  private YearsParser() {}

  static List<Years> parse(String sentence) {
    List<Years> found = new ArrayList<>();
    String lower = sentence.toLowerCase(Locale.ROOT);
    if (!lower.contains("year") && !lower.contains("yr")) {
      return found;
    }
    Matcher m = PHRASE.matcher(sentence);
    while (m.find()) {
      int min = value(m.group(1));
      if (min > 0 && min <= 30) {
        boolean forward = FOLLOWED_BY_CUE.matcher(sentence.substring(m.end())).find();
        found.add(new Years(m.start(), m.end(), min, forward));
      }
    }
    return found;
  }

  private static int value(String number) {
    String n = number.toLowerCase(Locale.ROOT);
    return Character.isDigit(n.charAt(0)) ? Integer.parseInt(n) : WORDS.getOrDefault(n, 0);
  }

  /**
   * The minimum years for a mention at sentence offsets [start, end), or null. A forward phrase
   * covers the mentions after it in its clause (up to ';', another phrase, or 120 characters); a
   * phrase right after a mention in brackets or after a colon ("Java (5+ years)", "SQL: 3 years")
   * covers that mention; any phrase covers a mention starting within two characters after it.
   */
  static Integer minYearsFor(String sentence, List<Years> phrases, int start, int end) {
    Integer best = null;
    for (int i = 0; i < phrases.size(); i++) {
      Years y = phrases.get(i);
      int limit = i + 1 < phrases.size() ? phrases.get(i + 1).start() : sentence.length();
      if (covers(sentence, y, limit, start, end)) {
        best = best == null ? y.min() : Math.max(best, y.min());
      }
    }
    return best;
  }

  private static boolean covers(String s, Years y, int limit, int start, int end) {
    if (start >= y.end()) {
      int semi = s.indexOf(';', y.end());
      int clauseEnd = Math.min(limit, semi < 0 ? s.length() : semi);
      boolean inClause = start < clauseEnd && start - y.end() <= 120;
      return (y.forward() && inClause) || start - y.end() <= 2;
    }
    if (end <= y.start()) {
      String between = s.substring(end, y.start()).strip();
      return between.equals("(")
          || between.equals(":")
          || between.equals("-")
          || between.equals("–")
          || between.equals(",");
    }
    return false;
  }
}
