package org.credmatch.skills;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A growing string whose every character remembers the range of the caller's original text it came
 * from, so that cleaning (HTML decoding, bullet stripping, white-space folding) never loses the way
 * back. Not thread-safe: one instance per cleaning call.
 */
final class MappedText {

  private final StringBuilder chars;
  private int[] starts;
  private int[] ends;

  MappedText() {
    this(64);
  }

  /** An empty text with room for {@code capacity} characters before it has to grow. */
  MappedText(int capacity) {
    int room = Math.max(capacity, 16);
    chars = new StringBuilder(room);
    starts = new int[room];
    ends = new int[room];
  }

  /** Appends one character that stands for {@code original[start, end)}. */
  void append(char c, int start, int end) {
    if (chars.length() == starts.length) {
      starts = Arrays.copyOf(starts, starts.length * 2);
      ends = Arrays.copyOf(ends, ends.length * 2);
    }
    starts[chars.length()] = start;
    ends[chars.length()] = end;
    chars.append(c);
  }

  /** Appends {@code other[from, to)} with its mapping. */
  void append(MappedText other, int from, int to) {
    for (int i = from; i < to; i++) {
      append(other.chars.charAt(i), other.starts[i], other.ends[i]);
    }
  }

  int length() {
    return chars.length();
  }

  char charAt(int i) {
    return chars.charAt(i);
  }

  int start(int i) {
    return starts[i];
  }

  int end(int i) {
    return ends[i];
  }

  @Override
  public String toString() {
    return chars.toString();
  }

  /**
   * A copy where each match of {@code pattern} is replaced by its group 1 (or removed when the
   * pattern has no group or the group did not match).
   */
  MappedText replaceAll(Pattern pattern) {
    Matcher m = pattern.matcher(chars);
    MappedText out = new MappedText(length());
    int last = 0;
    while (m.find()) {
      out.append(this, last, m.start());
      if (m.groupCount() >= 1 && m.start(1) >= 0) {
        out.append(this, m.start(1), m.end(1));
      }
      last = m.end();
    }
    out.append(this, last, length());
    return out;
  }

  /** A copy with white space folded to single spaces and trimmed at both ends. */
  MappedText collapseWhitespace() {
    MappedText out = new MappedText(length());
    boolean pendingSpace = false;
    for (int i = 0; i < length(); i++) {
      char c = chars.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B') {
        pendingSpace = out.length() > 0;
        continue;
      }
      if (pendingSpace) {
        out.append(' ', starts[i - 1], ends[i - 1]);
        pendingSpace = false;
      }
      out.append(c, starts[i], ends[i]);
    }
    return out;
  }
}
