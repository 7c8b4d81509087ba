package org.credmatch.catalog.importer.fields;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a Python list-of-strings literal as printed by {@code repr()}, e.g. {@code ['SQL',
 * "Newton's Method"]}: items in single or double quotes, with Python's backslash escapes for
 * quotes, backslash, newline, tab, and hexadecimal (x, two digits; u, four digits) characters.
 * Thread-safe (stateless).
 */
public final class PythonList {

  private PythonList() {}

  /**
   * Parses the literal.
   *
   * @throws IllegalArgumentException when the text is not a list of string literals
   */
  public static List<String> parse(String text) {
    String t = text == null ? "" : text.strip();
    if (t.length() < 2 || t.charAt(0) != '[' || t.charAt(t.length() - 1) != ']') {
      throw new IllegalArgumentException("not a list literal");
    }
    List<String> items = new ArrayList<>();
    int i = skipSpaces(t, 1);
    while (t.charAt(i) != ']') {
      StringBuilder item = new StringBuilder();
      i = readString(t, i, item);
      items.add(item.toString());
      i = skipSpaces(t, i);
      if (t.charAt(i) == ',') {
        i = skipSpaces(t, i + 1);
      } else if (t.charAt(i) != ']') {
        throw new IllegalArgumentException("expected ',' or ']' at offset " + i);
      }
    }
    if (i != t.length() - 1) {
      throw new IllegalArgumentException("text after the closing ']'");
    }
    return items;
  }

  /** Reads the quoted string starting at {@code start}; returns the index after its end quote. */
  private static int readString(String t, int start, StringBuilder out) {
    char quote = t.charAt(start);
    if (quote != '\'' && quote != '"') {
      throw new IllegalArgumentException("expected a quoted string at offset " + start);
    }
    int i = start + 1;
    while (i < t.length() && t.charAt(i) != quote) {
      if (t.charAt(i) == '\\' && i + 1 < t.length()) {
        i = readEscape(t, i + 1, out);
      } else {
        out.append(t.charAt(i++));
      }
    }
    if (i >= t.length()) {
      throw new IllegalArgumentException("unterminated string starting at offset " + start);
    }
    return i + 1;
  }

  private static int readEscape(String t, int i, StringBuilder out) {
    char c = t.charAt(i);
    switch (c) {
      case 'n' -> out.append('\n');
      case 't' -> out.append('\t');
      case 'r' -> out.append('\r');
      case 'x' -> {
        return hex(t, i + 1, 2, out);
      }
      case 'u' -> {
        return hex(t, i + 1, 4, out);
      }
      default -> out.append(c); // \\, \', \" and unknown escapes keep the character
    }
    return i + 1;
  }

  private static int hex(String t, int from, int digits, StringBuilder out) {
    if (from + digits > t.length()) {
      throw new IllegalArgumentException("truncated escape at offset " + from);
    }
    try {
      out.append((char) Integer.parseInt(t.substring(from, from + digits), 16));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("bad escape at offset " + from, e);
    }
    return from + digits;
  }

  private static int skipSpaces(String t, int i) {
    int j = i;
    while (j < t.length() - 1 && Character.isWhitespace(t.charAt(j))) {
      j++;
    }
    return j;
  }
}
