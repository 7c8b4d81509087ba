package org.credmatch.index;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The comparable form of a skill label or of a text's words: lower case, every run of characters
 * other than letters, digits and {@code + # .} as one space, a word's final dot dropped ("C++",
 * "C#" and ".NET" survive; "SQL." does not keep its dot). Stateless; thread-safe.
 */
public final class LabelText {

  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}+#.]+");
  private static final Pattern FINAL_DOT = Pattern.compile("(?<=\\w)\\.(?=\\s|$)");

  private LabelText() {}

  /** The normalised text; "" for null. */
  public static String normalize(String s) {
    if (s == null) {
      return "";
    }
    String lower = s.toLowerCase(Locale.ROOT);
    return FINAL_DOT.matcher(NON_WORD.matcher(lower).replaceAll(" ")).replaceAll("").strip();
  }

  /**
   * {@link #normalize} of one word made only of letters, digits and {@code + # .} (as a text's
   * words are split here), without its regular expressions for ASCII words: lower case, and a final
   * dot after a letter or digit dropped.
   */
  public static String normalizeWord(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (word.charAt(i) >= 0x80) {
        return normalize(word);
      }
    }
    String lower = word.toLowerCase(Locale.ROOT);
    int n = lower.length();
    if (n >= 2 && lower.charAt(n - 1) == '.' && isAsciiWordChar(lower.charAt(n - 2))) {
      return lower.substring(0, n - 1);
    }
    return lower;
  }

  private static boolean isAsciiWordChar(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
  }
}
