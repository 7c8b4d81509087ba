package org.credmatch.catalog.importer;

import java.io.IOException;
import java.io.Reader;
import java.util.List;
import java.util.function.Consumer;
import org.credmatch.catalog.Cost;
import org.credmatch.catalog.Credential;
import org.credmatch.catalog.Delivery;
import org.credmatch.catalog.importer.fields.DurationParser;
import org.credmatch.catalog.importer.fields.PythonList;
import org.credmatch.catalog.importer.fields.SkillTags;

/**
 * The Coursera 2023 catalog CSV (columns {@code course_title, course_organization,
 * course_certificate_type, course_time, course_difficulty, course_url, course_skills,
 * course_summary, course_description}). Ids are {@code coursera:<slug>} for courses ({@code
 * /learn/<slug>}) and {@code coursera:<collection>:<slug>} for the other collections ({@code
 * /specializations/}, {@code /professional-certificates/}, {@code /projects/}), because Coursera
 * reuses a slug across collections ({@code /learn/python} and {@code /specializations/python} are
 * two programs). Time bands become hours at {@link #DEFAULT_HOURS_PER_WEEK} hours a week unless
 * told otherwise. Delivery is online; pacing, price and language are not in the source and stay
 * unknown. Immutable and thread-safe.
 */
public final class Coursera2023Format implements CatalogFormat {

  /** Weekly effort assumed for Coursera's time bands ("1 - 3 Months"). */
  public static final double DEFAULT_HOURS_PER_WEEK = 5.0;

  private static final List<String> REQUIRED =
      List.of("course_title", "course_organization", "course_certificate_type", "course_url");

  private final double hoursPerWeek;

  public Coursera2023Format() {
    this(DEFAULT_HOURS_PER_WEEK);
  }

  public Coursera2023Format(double hoursPerWeek) {
    this.hoursPerWeek = hoursPerWeek;
  }

  @Override
  public String name() {
    return "coursera-2023";
  }

  @Override
  public void read(Reader in, Consumer<SourceRecord> sink) throws IOException {
    CsvTable.read(in, REQUIRED, this::toRecord, sink);
  }

  private SourceRecord toRecord(CsvTable.Row row) {
    RecordFields fields = new RecordFields();
    String url = row.get("course_url");
    String id = courseraId(url);
    if (url != null && id == null) {
      fields.error("url", "course_url has no program slug ('" + url + "')");
    }
    SkillTags.Split tags = tags(row.get("course_skills"), fields);
    var credential =
        new Credential(
            id,
            row.get("course_title"),
            row.get("course_organization"),
            fields.type("course_certificate_type", row.get("course_certificate_type")),
            url,
            List.of(),
            fields.level("course_difficulty", row.get("course_difficulty")),
            DurationParser.parse(row.get("course_time"), hoursPerWeek),
            null,
            Cost.UNKNOWN,
            new Delivery(Delivery.Mode.ONLINE, null),
            null,
            null);
    String prose =
        Prose.join(
            summary(row.get("course_summary")),
            row.get("course_description"),
            String.join("\n", tags.prose()));
    return fields.parsed(row.line(), credential, tags.tags(), prose);
  }

  /** {@code coursera:<slug>} for /learn/, {@code coursera:<collection>:<slug>} otherwise. */
  static String courseraId(String url) {
    List<String> path = Slugs.pathSegments(url);
    if (path.size() < 2) {
      return null;
    }
    String collection = path.get(path.size() - 2);
    String slug = path.get(path.size() - 1);
    return collection.equals("learn") ? "coursera:" + slug : "coursera:" + collection + ":" + slug;
  }

  private static SkillTags.Split tags(String cell, RecordFields fields) {
    if (cell == null) {
      return SkillTags.split(List.of());
    }
    try {
      return SkillTags.split(PythonList.parse(cell));
    } catch (IllegalArgumentException e) {
      fields.warn("course_skills is not a list (" + e.getMessage() + "); tags ignored");
      return SkillTags.split(List.of());
    }
  }

  private static String summary(String cell) {
    if (cell == null) {
      return null;
    }
    try {
      return String.join("\n", PythonList.parse(cell));
    } catch (IllegalArgumentException e) {
      return cell; // not a list: the text itself is the summary
    }
  }
}
