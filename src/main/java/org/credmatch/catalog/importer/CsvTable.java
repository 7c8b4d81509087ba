package org.credmatch.catalog.importer;

import java.io.IOException;
import java.io.Reader;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A CSV file with a header row, read row by row into {@link SourceRecord}s: rows with broken
 * quoting or the wrong number of fields become {@link SourceRecord.Unreadable}, and a row mapper
 * that throws only spoils its own row. Not thread-safe (one instance per read).
 */
final class CsvTable {

  private CsvTable() {}

  /**
   * One data row with access by column name.
   *
   * @param line line where the row starts
   */
  record Row(long line, Map<String, Integer> columns, List<String> fields) {

    /** The stripped value of a column, or null when the column is absent or the cell blank. */
    String get(String column) {
      Integer i = columns.get(column);
      if (i == null || i >= fields.size()) {
        return null;
      }
      String value = fields.get(i).strip();
      return value.isEmpty() ? null : value;
    }
  }

  /**
   * Reads the header, checks {@code required} columns, then maps every row.
   *
   * @throws CatalogImportException when the file is empty or a required column is missing
   */
  static void read(
      Reader in,
      Collection<String> required,
      Function<Row, SourceRecord> mapper,
      Consumer<SourceRecord> sink)
      throws IOException {
    CsvReader csv = new CsvReader(in);
    CsvReader.Row header = csv.next();
    Map<String, Integer> columns = columns(header, required);
    int width = header.fields().size();
    for (CsvReader.Row row = csv.next(); row != null; row = csv.next()) {
      sink.accept(toRecord(row, width, columns, mapper));
    }
  }

  private static SourceRecord toRecord(
      CsvReader.Row row,
      int width,
      Map<String, Integer> columns,
      Function<Row, SourceRecord> mapper) {
    if (row.error() != null) {
      return new SourceRecord.Unreadable(row.line(), ImportProblem.Kind.MALFORMED, row.error());
    }
    if (row.fields().size() != width) {
      String reason = "expected " + width + " fields, found " + row.fields().size();
      return new SourceRecord.Unreadable(row.line(), ImportProblem.Kind.MALFORMED, reason);
    }
    try {
      return mapper.apply(new Row(row.line(), columns, row.fields()));
    } catch (RuntimeException e) {
      String reason = "could not read the record: " + e.getMessage();
      return new SourceRecord.Unreadable(row.line(), ImportProblem.Kind.MALFORMED, reason);
    }
  }

  private static Map<String, Integer> columns(CsvReader.Row header, Collection<String> required) {
    if (header == null || header.error() != null) {
      throw new CatalogImportException(
          header == null ? "the file is empty" : "bad header row: " + header.error());
    }
    Map<String, Integer> columns = new HashMap<>();
    for (int i = 0; i < header.fields().size(); i++) {
      columns.putIfAbsent(header.fields().get(i).strip(), i);
    }
    List<String> missing = required.stream().filter(c -> !columns.containsKey(c)).toList();
    if (!missing.isEmpty()) {
      throw new CatalogImportException("missing columns " + missing + " in the header");
    }
    return Map.copyOf(columns);
  }
}
