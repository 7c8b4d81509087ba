package org.credmatch.catalog.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How the columns of a CSV catalog map to credential fields, loaded from a JSON mapping file (see
 * docs/catalog-formats.md). Immutable and thread-safe.
 *
 * @param idPrefix prefix joined to ids with ':' ("acme" makes "acme:sql-101"); required when no id
 *     column is mapped, the id then being the last path segment of the url
 * @param columns CSV columns per field; the first non-blank one wins
 * @param defaults values used when a field's columns are blank or unmapped
 * @param values per-field replacements of cell values, keys compared ignoring case
 * @param skillSeparator separator of skill tags inside the skills cell
 * @param hoursPerWeek weekly effort assumed for lengths in weeks or months without an effort
 */
public record ColumnMapping(
    String idPrefix,
    Map<Field, List<String>> columns,
    Map<Field, String> defaults,
    Map<Field, Map<String, String>> values,
    String skillSeparator,
    double hoursPerWeek) {

  /** Fields a column can feed, by their name in the mapping file. */
  public enum Field {
    ID,
    TITLE,
    PROVIDER,
    TYPE,
    URL,
    SKILLS,
    LEVEL,
    DURATION,
    HOURS,
    EFFORT,
    PRICE,
    CURRENCY,
    FREE,
    CERTIFICATE_PRICE,
    MODE,
    PACING,
    LANGUAGE,
    SUBJECT,
    DESCRIPTION;

    /** Name in the mapping file ("certificatePrice"). */
    public String key() {
      String[] words = name().toLowerCase(Locale.ROOT).split("_");
      StringBuilder key = new StringBuilder(words[0]);
      for (int i = 1; i < words.length; i++) {
        key.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
      }
      return key.toString();
    }

    static Field of(String key) {
      return Arrays.stream(values())
          .filter(f -> f.key().equals(key))
          .findFirst()
          .orElseThrow(
              () ->
                  new CatalogImportException(
                      "mapping: unknown field '"
                          + key
                          + "'; known fields: "
                          + Arrays.stream(values()).map(Field::key).toList()));
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> TOP_LEVEL =
      Set.of("idPrefix", "columns", "defaults", "values", "skillSeparator", "hoursPerWeek");

  public ColumnMapping {
    columns = Map.copyOf(columns);
    defaults = Map.copyOf(defaults);
    Map<Field, Map<String, String>> lowered = new EnumMap<>(Field.class);
    values.forEach((f, m) -> lowered.put(f, lowerKeys(m)));
    values = Map.copyOf(lowered);
    if (idPrefix == null && !columns.containsKey(Field.ID)) {
      throw new CatalogImportException("mapping: map an 'id' column or give an 'idPrefix'");
    }
    if (!(hoursPerWeek > 0)) {
      throw new CatalogImportException("mapping: hoursPerWeek must be greater than 0");
    }
  }

  /** Loads a mapping file. */
  public static ColumnMapping load(Path file) {
    try {
      return parse(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new CatalogImportException("cannot read mapping " + file + ": " + e.getMessage(), e);
    }
  }

  /** Parses a mapping from its JSON text. */
  public static ColumnMapping parse(String json) {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new CatalogImportException("mapping: malformed JSON: " + e.getOriginalMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new CatalogImportException("mapping: expected a JSON object");
    }
    root.fieldNames().forEachRemaining(ColumnMapping::checkTopLevel);
    return new ColumnMapping(
        text(root.get("idPrefix")),
        columns(root.path("columns")),
        defaults(root.path("defaults")),
        valueMaps(root.path("values")),
        root.hasNonNull("skillSeparator") ? root.get("skillSeparator").asText() : ";",
        root.path("hoursPerWeek").asDouble(5.0));
  }

  /** Every CSV column the mapping names, in field order. */
  public Set<String> mappedColumns() {
    Set<String> names = new LinkedHashSet<>();
    Arrays.stream(Field.values()).forEach(f -> names.addAll(columns.getOrDefault(f, List.of())));
    return names;
  }

  /** The value of a field in a row: {@link #cell} if there is one, else the field's default. */
  String value(Field field, CsvTable.Row row) {
    String cell = cell(field, row);
    return cell != null ? cell : defaults.get(field);
  }

  /** The first non-blank cell of a field's columns, value-mapped; null when there is none. */
  String cell(Field field, CsvTable.Row row) {
    for (String column : columns.getOrDefault(field, List.of())) {
      String cell = row.get(column);
      if (cell != null) {
        String mapped = values.getOrDefault(field, Map.of()).get(cell.toLowerCase(Locale.ROOT));
        return mapped != null ? mapped : cell;
      }
    }
    return null;
  }

  private static void checkTopLevel(String key) {
    if (!TOP_LEVEL.contains(key)) {
      throw new CatalogImportException(
          "mapping: unknown member '" + key + "'; known: " + TOP_LEVEL);
    }
  }

  private static Map<Field, List<String>> columns(JsonNode node) {
    Map<Field, List<String>> columns = new EnumMap<>(Field.class);
    node.properties().forEach(e -> columns.put(Field.of(e.getKey()), columnNames(e.getValue())));
    return columns;
  }

  private static List<String> columnNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    if (node.isArray()) {
      node.forEach(n -> names.add(n.asText()));
    } else {
      names.add(node.asText());
    }
    if (names.stream().anyMatch(String::isBlank)) {
      throw new CatalogImportException("mapping: blank column name in " + node);
    }
    return names;
  }

  private static Map<Field, String> defaults(JsonNode node) {
    Map<Field, String> defaults = new EnumMap<>(Field.class);
    node.properties().forEach(e -> defaults.put(Field.of(e.getKey()), e.getValue().asText()));
    return defaults;
  }

  private static Map<Field, Map<String, String>> valueMaps(JsonNode node) {
    Map<Field, Map<String, String>> maps = new EnumMap<>(Field.class);
    for (var field : node.properties()) {
      Map<String, String> map = new HashMap<>();
      field.getValue().properties().forEach(e -> map.put(e.getKey(), e.getValue().asText()));
      maps.put(Field.of(field.getKey()), map);
    }
    return maps;
  }

  private static Map<String, String> lowerKeys(Map<String, String> map) {
    Map<String, String> lowered = new HashMap<>();
    map.forEach((k, v) -> lowered.putIfAbsent(k.strip().toLowerCase(Locale.ROOT), v));
    return Map.copyOf(lowered);
  }

  private static String text(JsonNode node) {
    return node == null || node.isNull() || node.asText().isBlank() ? null : node.asText().strip();
  }
}
