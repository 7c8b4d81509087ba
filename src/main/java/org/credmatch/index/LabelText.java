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
}
