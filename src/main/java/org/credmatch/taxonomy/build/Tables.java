package org.credmatch.taxonomy.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the tabular source files: RFC 4180 CSV (ESCO, with quoted multi-line fields) and
 * tab-separated text (O*NET). Stateless and thread-safe.
 */
final class Tables {

  private Tables() {}

  /** One data row of a table, read by column name. */
  record Row(Map<String, Integer> header, List<String> values, Path file, int line) {

    /** The value of {@code column}, "" when the row is short. */
    String get(String column) {
      Integer i = header.get(column);
      if (i == null) {
        throw new IllegalStateException("no column " + column + " in " + file);
      }
      return i < values.size() ? values.get(i) : "";
    }
  }

  static List<Row> csv(Path file, String... required) throws IOException {
    return rows(file, parseCsv(Files.readString(file, StandardCharsets.UTF_8)), required);
  }

  static List<Row> tsv(Path file, String... required) throws IOException {
    List<List<String>> records = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String trimmed = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
      if (!trimmed.isEmpty()) {
        records.add(List.of(trimmed.split("\t", -1)));
      }
    }
    return rows(file, records, required);
  }

  private static List<Row> rows(Path file, List<List<String>> records, String... required)
      throws TaxonomySourceException {
    if (records.isEmpty()) {
      throw new TaxonomySourceException("source file " + file + " is empty");
    }
    Map<String, Integer> header = new HashMap<>();
    List<String> names = records.get(0);
    for (int i = 0; i < names.size(); i++) {
      header.put(names.get(i).strip().replace("\uFEFF", ""), i);
    }
    for (String column : required) {
      if (!header.containsKey(column)) {
        throw new TaxonomySourceException(
            "source file " + file + " has no column '" + column + "' (header: " + names + ")");
      }
    }
    List<Row> rows = new ArrayList<>(records.size() - 1);
    for (int i = 1; i < records.size(); i++) {
      rows.add(new Row(header, records.get(i), file, i + 1));
    }
    return rows;
  }

  /** Parses RFC 4180 text: quoted fields may hold commas, doubled quotes and line breaks. */
  static List<List<String>> parseCsv(String text) {
    List<List<String>> records = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c != '"') {
          field.append(c);
        } else if (i + 1 < n && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else {
          quoted = false;
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        record.add(field.toString());
        field.setLength(0);
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
          i++;
        }
        endRecord(records, record, field);
        record = new ArrayList<>();
      } else {
        field.append(c);
      }
    }
    endRecord(records, record, field);
    return records;
  }

  private static void endRecord(
      List<List<String>> records, List<String> record, StringBuilder field) {
    record.add(field.toString());
    field.setLength(0);
    if (!(record.size() == 1 && record.get(0).isEmpty())) {
      records.add(record);
    }
  }
}
