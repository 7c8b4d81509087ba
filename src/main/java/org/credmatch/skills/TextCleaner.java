package org.credmatch.skills;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.regex.Pattern;
import org.credmatch.skills.HtmlLines.RawLine;

/**
 * Cleans plain text, Markdown or HTML into {@link CleanedText}: one line per paragraph, bullet or
 * heading, bullets and Markdown markers stripped, white space folded, hard-wrapped lines joined.
 * Thread-safe; the only state is the results of the last {@link #RECENT} texts cleaned.
 */
public final class TextCleaner {

  private static final Pattern BULLET =
      Pattern.compile("^(?:[-*+•·◦▪‣►▸●○■□–—✓✔➢➤→]|\\(?\\d{1,2}[.)]|[a-z][.)])\\s+");
  private static final Pattern MD_HEADING = Pattern.compile("^#{1,6}\\s+|\\s+#+$");
  private static final Pattern MD_BOLD_LINE = Pattern.compile("^(\\*\\*|__)[^*_].*\\1:?$");
  private static final Pattern MD_EMPHASIS = Pattern.compile("\\*\\*|__|`+");
  private static final Pattern MD_LINK = Pattern.compile("\\[([^\\]\\n]+)]\\([^)\\s]*\\)");

  /**
   * A text cleaned recently and its result (immutable), kept because a recommendation cleans the
   * same ad twice (the extractor, on a worker thread, then the catalog-label search, on the request
   * thread); matched by identity, so only the very same string is answered from it.
   */
  private record Recent(String original, CleanedText cleaned) {}

  /**
   * How many recent texts are kept: enough that requests served at once do not push each other's ad
   * out between its two cleanings. Each entry holds a text and its cleaned copy: through the API a
   * text has at most {@code limits.maxTextChars} characters (100,000 by default), so all entries
   * together stay within a few tens of megabytes; the CLI and the importer set no such limit.
   */
  static final int RECENT = 32;

  private static final AtomicReferenceArray<Recent> RECENTLY = new AtomicReferenceArray<>(RECENT);
  private static final AtomicInteger NEXT = new AtomicInteger();

  private TextCleaner() {}

  public static CleanedText clean(String original) {
    for (int i = 0; i < RECENT; i++) {
      Recent recent = RECENTLY.get(i);
      if (recent != null && recent.original() == original) {
        return recent.cleaned();
      }
    }
    CleanedText cleaned = cleanNow(original);
    RECENTLY.set(Math.floorMod(NEXT.getAndIncrement(), RECENT), new Recent(original, cleaned));
    return cleaned;
  }

  private static CleanedText cleanNow(String original) {
    List<RawLine> raw =
        HtmlLines.looksLikeHtml(original) ? HtmlLines.extract(original) : plainLines(original);
    List<Normalized> lines = new ArrayList<>();
    for (RawLine line : raw) {
      Normalized n = normalize(line);
      if (n == null) {
        lines.add(null);
      } else if (joinsPrevious(lines, n)) {
        appendWrapped(lines.getLast(), n);
      } else {
        lines.add(n);
      }
    }
    return assemble(lines);
  }

  /** Characters from {@code from} to the next line break or the end (sizes a line's buffer). */
  private static int lineLength(String text, int from) {
    int i = from;
    while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
      i++;
    }
    return i - from;
  }

  /** One line per '\n' of the original; each character maps to itself. */
  private static List<RawLine> plainLines(String text) {
    List<RawLine> lines = new ArrayList<>();
    MappedText current = new MappedText(lineLength(text, 0));
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        lines.add(new RawLine(current, false, false));
        current = new MappedText(lineLength(text, i + 1));
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
      } else {
        current.append(c, i, i + 1);
      }
    }
    lines.add(new RawLine(current, false, false));
    return lines;
  }

  /** A cleaned line, or null for a blank one (a paragraph break). */
  private record Normalized(MappedText text, boolean heading, boolean bullet) {}

  private static Normalized normalize(RawLine line) {
    MappedText text = line.text().collapseWhitespace();
    boolean bullet = line.bullet();
    boolean heading = line.heading();
    if (BULLET.matcher(text.toString()).find()) {
      bullet = true;
      text = text.replaceAll(BULLET).collapseWhitespace();
    }
    if (text.toString().startsWith("#") && MD_HEADING.matcher(text.toString()).find()) {
      heading = true;
      text = text.replaceAll(MD_HEADING);
    }
    heading |= MD_BOLD_LINE.matcher(text.toString()).matches();
    String plain = text.toString();
    if (plain.contains("](")) {
      text = text.replaceAll(MD_LINK);
    }
    if (plain.indexOf('*') >= 0 || plain.contains("__") || plain.indexOf('`') >= 0) {
      text = text.replaceAll(MD_EMPHASIS).collapseWhitespace();
    }
    return text.length() == 0 ? null : new Normalized(text, heading, bullet);
  }

  /** Hard-wrapped plain text: a line that continues a sentence in lower case joins it. */
  private static boolean joinsPrevious(List<Normalized> lines, Normalized line) {
    if (lines.isEmpty() || lines.getLast() == null || line.heading() || line.bullet()) {
      return false;
    }
    Normalized prev = lines.getLast();
    char last = prev.text().charAt(prev.text().length() - 1);
    return !prev.heading()
        && ".!?:;".indexOf(last) < 0
        && Character.isLowerCase(line.text().charAt(0));
  }

  private static void appendWrapped(Normalized prev, Normalized next) {
    MappedText text = prev.text();
    int gap = next.text().start(0);
    text.append(' ', Math.max(gap - 1, 0), gap);
    text.append(next.text(), 0, next.text().length());
  }

  private static CleanedText assemble(List<Normalized> lines) {
    int size = 0;
    for (Normalized line : lines) {
      size += line == null ? 0 : line.text().length() + 1;
    }
    MappedText all = new MappedText(size);
    List<CleanedText.Line> out = new ArrayList<>();
    for (Normalized line : lines) {
      if (line == null) {
        continue;
      }
      if (all.length() > 0) {
        int at = all.end(all.length() - 1);
        all.append('\n', at, at);
      }
      int start = all.length();
      all.append(line.text(), 0, line.text().length());
      out.add(new CleanedText.Line(start, all.length(), line.heading(), line.bullet()));
    }
    return new CleanedText(all, out);
  }
}
