package org.credmatch.skills;

import java.util.List;

/**
 * Text after cleaning: one line per paragraph, bullet or heading, joined by '\n', with the way back
 * to the caller's original text for every character. Immutable and thread-safe.
 */
public final class CleanedText {

  /**
   * One line of the cleaned text.
   *
   * @param start offset of its first character in the cleaned text
   * @param end offset after its last character
   * @param heading marked as a heading by the markup (h1-h6, Markdown '#', a bold-only line)
   * @param bullet it was a list item
   */
  record Line(int start, int end, boolean heading, boolean bullet) {}

  private final String text;
  private final int[] starts;
  private final int[] ends;
  private final List<Line> lines;

  CleanedText(MappedText mapped, List<Line> lines) {
    this.text = mapped.toString();
    this.starts = new int[mapped.length()];
    this.ends = new int[mapped.length()];
    for (int i = 0; i < mapped.length(); i++) {
      starts[i] = mapped.start(i);
      ends[i] = mapped.end(i);
    }
    this.lines = List.copyOf(lines);
  }

  /** The cleaned text. */
  public String text() {
    return text;
  }

  List<Line> lines() {
    return lines;
  }

  /** Where cleaned character {@code cleanedStart} begins in the original text. */
  public int originalStart(int cleanedStart) {
    return starts[cleanedStart];
  }

  /** Where the cleaned range ending at {@code cleanedEnd} (exclusive) ends in the original. */
  public int originalEnd(int cleanedEnd) {
    return ends[cleanedEnd - 1];
  }
}
