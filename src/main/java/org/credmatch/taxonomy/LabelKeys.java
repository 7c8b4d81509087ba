package org.credmatch.taxonomy;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The lookup key of a label, as defined by {@link Taxonomy#normalize}. ASCII labels (nearly all)
 * take a hand-written path that gives the same result as the regular-expression definition, several
 * times faster, which keeps loading the taxonomy well under a second. Stateless and thread-safe.
 */
final class LabelKeys {

  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern EDGE_PUNCTUATION =
      Pattern.compile("^[\\p{Punct}&&[^+#.]]+|[\\p{Punct}&&[^+#]]+$");
  private static final String PUNCT = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

  private LabelKeys() {}

  static String normalize(String label) {
    if (!isAscii(label)) {
      return byDefinition(label);
    }
    String s = foldSpaces(label.toLowerCase(Locale.ROOT).strip());
    int start = 0;
    int end = s.length();
    while (start < end && isPunct(s.charAt(start), "+#.")) {
      start++;
    }
    while (end > start && isPunct(s.charAt(end - 1), "+#")) {
      end--;
    }
    return s.substring(start, end);
  }

  /**
   * NFKC, lower case, runs of white space ({@code \s}) as one space, leading punctuation other than
   * {@code + # .} and trailing punctuation other than {@code + #} removed.
   */
  static String byDefinition(String label) {
    String s = Normalizer.normalize(label, Normalizer.Form.NFKC);
    s = SPACES.matcher(s.toLowerCase(Locale.ROOT).strip()).replaceAll(" ");
    return EDGE_PUNCTUATION.matcher(s).replaceAll("");
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** Replaces each run of {@code [ \t\n\x0B\f\r]} (regex {@code \s}) by one space. */
  private static String foldSpaces(String s) {
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean run = i + 1 < s.length() && isRegexSpace(s.charAt(i + 1));
      if (isRegexSpace(c) && (c != ' ' || run)) {
        out = out == null ? new StringBuilder(s.substring(0, i)) : out;
        out.append(' ');
        while (i + 1 < s.length() && isRegexSpace(s.charAt(i + 1))) {
          i++;
        }
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? s : out.toString();
  }

  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }

  private static boolean isPunct(char c, String kept) {
    return PUNCT.indexOf(c) >= 0 && kept.indexOf(c) < 0;
  }
}
