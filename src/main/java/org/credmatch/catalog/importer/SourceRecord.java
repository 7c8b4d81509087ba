package org.credmatch.catalog.importer;

import java.util.List;
import org.credmatch.catalog.Credential;
import org.credmatch.catalog.CredentialValidator.Violation;

/** One record as a {@link CatalogFormat} read it, before validation and skill tagging. */
public sealed interface SourceRecord {

  /** Line where the record starts in its source (1-based; a CSV header is line 1). */
  long line();

  /**
   * A record whose fields could be read.
   *
   * @param line line where the record starts
   * @param credential the facts read; its skills are those already linked (native catalogs only)
   * @param declaredTags provider skill tags still to be linked to the taxonomy
   * @param prose provider prose (summary, description, syllabus) to derive skills from; never
   *     stored
   * @param errors field values that could not be read; any error makes the record invalid
   * @param warnings soft problems: a field left unknown, tags ignored...
   */
  record Parsed(
      long line,
      Credential credential,
      List<String> declaredTags,
      String prose,
      List<Violation> errors,
      List<String> warnings)
      implements SourceRecord {
    public Parsed {
      declaredTags = List.copyOf(declaredTags);
      prose = prose == null ? "" : prose;
      errors = List.copyOf(errors);
      warnings = List.copyOf(warnings);
    }
  }

  /**
   * A record that could not be turned into a credential at all.
   *
   * @param line line where the record starts
   * @param kind {@link ImportProblem.Kind#MALFORMED} for broken syntax, {@link
   *     ImportProblem.Kind#INVALID} for well-formed data with unusable values
   * @param reason what is wrong, for a person to fix
   */
  record Unreadable(long line, ImportProblem.Kind kind, String reason) implements SourceRecord {}
}
