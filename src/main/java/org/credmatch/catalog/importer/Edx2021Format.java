package org.credmatch.catalog.importer;

import java.io.IOException;
import java.io.Reader;
import java.util.List;
import java.util.function.Consumer;
import org.credmatch.catalog.Credential;
import org.credmatch.catalog.CredentialType;
import org.credmatch.catalog.Delivery;
import org.credmatch.catalog.importer.fields.DurationParser;

/**
 * The edX 2021 catalog CSV (columns {@code title, institution, Level, subject, language,
 * course_effort, course_length, price, course_type, summary, course_description, course_syllabus,
 * course_url}). Every record is a course delivered online; ids are {@code edx:<slug>} from the
 * course URL; hours are the length in weeks times the midpoint of the weekly effort. Records carry
 * no skill tags: summary, description and syllabus are the prose to derive skills from. Immutable
 * and thread-safe.
 */
public final class Edx2021Format implements CatalogFormat {

  /** Weekly effort assumed when a record's effort cannot be read. */
  public static final double FALLBACK_HOURS_PER_WEEK = 5.0;

  private static final List<String> REQUIRED = List.of("title", "institution", "course_url");

  @Override
  public String name() {
    return "edx-2021";
  }

  @Override
  public void read(Reader in, Consumer<SourceRecord> sink) throws IOException {
    CsvTable.read(in, REQUIRED, Edx2021Format::toRecord, sink);
  }

  private static SourceRecord toRecord(CsvTable.Row row) {
    RecordFields fields = new RecordFields();
    String url = row.get("course_url");
    String slug = Slugs.last(url);
    if (url != null && slug == null) {
      fields.error("url", "course_url has no course slug ('" + url + "')");
    }
    String effort = row.get("course_effort");
    var credential =
        new Credential(
            slug == null ? null : "edx:" + slug,
            row.get("title"),
            row.get("institution"),
            CredentialType.COURSE,
            url,
            List.of(),
            fields.level("Level", row.get("Level")),
            DurationParser.parse(row.get("course_length"), effort, FALLBACK_HOURS_PER_WEEK),
            effort,
            fields.cost("price", row.get("price")),
            new Delivery(
                Delivery.Mode.ONLINE, fields.pacing("course_type", row.get("course_type"))),
            fields.language("language", row.get("language")),
            row.get("subject"));
    String prose =
        Prose.join(row.get("summary"), row.get("course_description"), row.get("course_syllabus"));
    return fields.parsed(row.line(), credential, List.of(), prose);
  }
}
