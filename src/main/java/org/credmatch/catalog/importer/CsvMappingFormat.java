package org.credmatch.catalog.importer;

import java.io.IOException;
import java.io.Reader;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import org.credmatch.catalog.Cost;
import org.credmatch.catalog.Credential;
import org.credmatch.catalog.Delivery;
import org.credmatch.catalog.Duration;
import org.credmatch.catalog.importer.ColumnMapping.Field;
import org.credmatch.catalog.importer.fields.DurationParser;
import org.credmatch.catalog.importer.fields.SkillTags;

/**
 * Any CSV catalog, read through a {@link ColumnMapping}. Every column the mapping names must be in
 * the header. Immutable and thread-safe.
 */
public final class CsvMappingFormat implements CatalogFormat {

  private static final Set<String> TRUE = Set.of("true", "yes", "y", "1", "free");
  private static final Set<String> FALSE = Set.of("false", "no", "n", "0", "paid");

  private final ColumnMapping mapping;

  public CsvMappingFormat(ColumnMapping mapping) {
    this.mapping = mapping;
  }

  @Override
  public String name() {
    return "csv";
  }

  @Override
  public void read(Reader in, Consumer<SourceRecord> sink) throws IOException {
    CsvTable.read(in, mapping.mappedColumns(), this::toRecord, sink);
  }

  private SourceRecord toRecord(CsvTable.Row row) {
    RecordFields fields = new RecordFields();
    String url = mapping.value(Field.URL, row);
    String effort = mapping.value(Field.EFFORT, row);
    var credential =
        new Credential(
            id(row, url),
            mapping.value(Field.TITLE, row),
            mapping.value(Field.PROVIDER, row),
            fields.type("type", mapping.value(Field.TYPE, row)),
            url,
            List.of(),
            fields.level("level", mapping.value(Field.LEVEL, row)),
            duration(row, effort, fields),
            effort,
            cost(row, fields),
            new Delivery(
                fields.mode("mode", mapping.value(Field.MODE, row)),
                fields.pacing("pacing", mapping.value(Field.PACING, row))),
            fields.language("language", mapping.value(Field.LANGUAGE, row)),
            mapping.value(Field.SUBJECT, row));
    SkillTags.Split tags =
        SkillTags.split(mapping.value(Field.SKILLS, row), mapping.skillSeparator());
    String prose = Prose.join(description(row), String.join("\n", tags.prose()));
    return fields.parsed(row.line(), credential, tags.tags(), prose);
  }

  private String id(CsvTable.Row row, String url) {
    String value = mapping.value(Field.ID, row);
    if (value == null && !mapping.columns().containsKey(Field.ID)) {
      value = Slugs.last(url);
    }
    if (value == null) {
      return null;
    }
    return mapping.idPrefix() == null ? value : mapping.idPrefix() + ":" + value;
  }

  private Duration duration(CsvTable.Row row, String effort, RecordFields fields) {
    String length = mapping.value(Field.DURATION, row);
    Duration parsed = DurationParser.parse(length, effort, mapping.hoursPerWeek());
    String hours = mapping.value(Field.HOURS, row);
    if (hours == null) {
      return parsed;
    }
    try {
      return new Duration(Double.parseDouble(hours), parsed.text() != null ? parsed.text() : hours);
    } catch (NumberFormatException e) {
      fields.warn("hours '" + hours + "' is not a number; ignored");
      return parsed;
    }
  }

  private Cost cost(CsvTable.Row row, RecordFields fields) {
    Cost price = fields.cost("price", mapping.value(Field.PRICE, row));
    Boolean free = flag(mapping.value(Field.FREE, row), fields);
    String certificate = mapping.value(Field.CERTIFICATE_PRICE, row);
    Double certificatePrice =
        certificate == null
            ? price.certificatePrice()
            : fields.cost("certificatePrice", certificate).amount();
    String currency = mapping.cell(Field.CURRENCY, row);
    if (currency == null) {
      currency = price.currency();
    }
    boolean paid = price.amount() != null && price.amount() > 0 || certificatePrice != null;
    if (currency == null && paid) {
      currency = mapping.defaults().get(Field.CURRENCY);
    }
    return new Cost(
        price.amount(),
        currency == null ? null : currency.toUpperCase(Locale.ROOT),
        free != null ? free : price.free(),
        certificatePrice);
  }

  private static Boolean flag(String text, RecordFields fields) {
    if (text == null) {
      return null;
    }
    String key = text.strip().toLowerCase(Locale.ROOT);
    if (TRUE.contains(key) || FALSE.contains(key)) {
      return TRUE.contains(key);
    }
    fields.warn("free '" + text + "' is not yes/no; ignored");
    return null;
  }

  private String description(CsvTable.Row row) {
    return Prose.join(
        mapping.columns().getOrDefault(Field.DESCRIPTION, List.of()).stream()
            .map(row::get)
            .toArray(String[]::new));
  }
}
