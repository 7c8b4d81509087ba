package org.credmatch.api;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * A reader that refuses to deliver more than a number of lines, so a request cannot make the server
 * read without end. Not thread-safe, like the reader it wraps.
 */
final class LimitedLines extends FilterReader {

  /** Thrown when the text has more lines than allowed. */
  static final class TooManyLines extends RuntimeException {
    TooManyLines() {
      super("too many lines", null, false, false);
    }
  }

  private final long maxLines;
  private long lines;

  LimitedLines(Reader in, long maxLines) {
    super(in);
    this.maxLines = maxLines;
  }

  @Override
  public int read() throws IOException {
    int c = super.read();
    if (c == '\n') {
      count(1);
    }
    return c;
  }

  @Override
  public int read(char[] buf, int off, int len) throws IOException {
    int n = super.read(buf, off, len);
    int newlines = 0;
    for (int i = off; i < off + n; i++) {
      if (buf[i] == '\n') {
        newlines++;
      }
    }
    count(newlines);
    return n;
  }

  private void count(int newlines) {
    lines += newlines;
    if (lines > maxLines) {
      throw new TooManyLines();
    }
  }
}
