package org.credmatch.catalog.importer;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * An RFC 4180 CSV reader: comma-separated fields, double-quoted fields that may hold commas, line
 * breaks and doubled quotes, records ended by CRLF, LF or a lone CR. Lenient where it is safe: a
 * quote inside an unquoted field is kept as text, blank lines are skipped, a leading byte-order
 * mark is dropped. A record with text after a closing quote is reported as an error and reading
 * resumes at the next line; an unterminated quoted field is reported at the line where its record
 * starts. Lines are physical lines counted by line feeds, from 1. Not thread-safe.
 */
final class CsvReader {

  private static final int EOF = -1;
  private static final int NONE = -2;

  private final Reader in;
  private long line = 1;
  private int pushedBack = NONE;
  private boolean started;

  CsvReader(Reader in) {
    this.in = in;
  }

  /**
   * One record.
   *
   * @param line line where the record starts
   * @param fields field values (as many as read, even for a record with an error)
   * @param error why the record is malformed, or null
   */
  record Row(long line, List<String> fields, String error) {}

  /** The next non-blank record, or null at the end of input. */
  Row next() throws IOException {
    skipBom();
    while (true) {
      long start = line;
      int c = read();
      if (c == EOF) {
        return null;
      }
      if (c == '\n' || c == '\r') {
        endOfLine(c);
        continue; // blank line
      }
      pushedBack = c;
      return readRecord(start);
    }
  }

  private Row readRecord(long start) throws IOException {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    while (true) {
      int c = read();
      if (c == '"' && field.isEmpty()) {
        String error = readQuoted(field, start);
        if (error != null) {
          fields.add(field.toString());
          return new Row(start, fields, error);
        }
        continue;
      }
      if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else if (c == EOF || c == '\n' || c == '\r') {
        endOfLine(c);
        fields.add(field.toString());
        return new Row(start, fields, null);
      } else {
        field.append((char) c);
      }
    }
  }

  /**
   * Reads a quoted field's content up to and including its closing quote; null when well formed.
   */
  private String readQuoted(StringBuilder field, long start) throws IOException {
    while (true) {
      int c = read();
      if (c == EOF) {
        return "unterminated quoted field (record starts at line " + start + ")";
      }
      if (c == '"') {
        int next = read();
        if (next == '"') {
          field.append('"');
          continue;
        }
        if (next == ',' || next == '\n' || next == '\r' || next == EOF) {
          pushedBack = next;
          return null;
        }
        String error = "text after a closing quote at line " + line;
        skipRestOfLine(next);
        return error;
      }
      if (c == '\n') {
        line++;
      }
      field.append((char) c);
    }
  }

  private void skipRestOfLine(int first) throws IOException {
    int c = first;
    while (c != EOF && c != '\n') {
      c = read();
    }
    if (c == '\n') {
      line++;
    }
  }

  private void endOfLine(int c) throws IOException {
    if (c == '\r') {
      int next = read();
      if (next != '\n') {
        pushedBack = next;
        return;
      }
    }
    if (c != EOF) {
      line++;
    }
  }

  private void skipBom() throws IOException {
    if (!started) {
      started = true;
      int c = read();
      if (c != '\uFEFF') {
        pushedBack = c;
      }
    }
  }

  private int read() throws IOException {
    if (pushedBack != NONE) {
      int c = pushedBack;
      pushedBack = NONE;
      return c;
    }
    return in.read();
  }
}
