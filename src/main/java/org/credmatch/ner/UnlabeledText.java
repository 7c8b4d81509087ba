package org.credmatch.ner;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Unlabeled text for word clusters: every line of some files, lower-cased and split into tokens the
 * way SkillSpan splits them (words, with inner dots, hyphens, slashes and a trailing {@code +} or
 * {@code #} kept, as in "node.js", "c++"; every other symbol a token of its own). URLs are dropped.
 * Lines are token sequences of their own: no context crosses a line end. Stateless; thread-safe.
 */
public final class UnlabeledText {

  private static final Pattern URL = Pattern.compile("(?:https?://|www\\.)\\S+");

  private static final Pattern TOKEN =
      Pattern.compile("[\\p{L}\\p{N}]+(?:[.\\-/'][\\p{L}\\p{N}]+)*[+#]*|[^\\s\\p{L}\\p{N}]");

  private UnlabeledText() {}

  /** The tokens of one line of text, lower-cased. */
  public static List<String> tokens(String line) {
    String text = URL.matcher(line).replaceAll(" ").toLowerCase(Locale.ROOT);
    List<String> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      tokens.add(m.group());
    }
    return tokens;
  }

  /** The non-empty token lines of {@code files}, in file then line order. */
  public static List<List<String>> read(List<Path> files) throws IOException {
    List<List<String>> lines = new ArrayList<>();
    for (Path file : files) {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        List<String> tokens = tokens(line);
        if (!tokens.isEmpty()) {
          lines.add(tokens);
        }
      }
    }
    return lines;
  }
}
