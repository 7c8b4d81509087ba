package org.credmatch.catalog.importer;

/**
 * Something wrong with one record of a source.
 *
 * @param source source name (file name)
 * @param line line where the record starts (physical line of a CSV file, counting line feeds, the
 *     header being line 1; line of a JSON-lines file)
 * @param kind what happened to the record
 * @param reason what is wrong, for a person to fix
 */
public record ImportProblem(String source, long line, Kind kind, String reason) {

  /** What a problem did to its record. */
  public enum Kind {
    /** The record's syntax is broken; it was skipped. */
    MALFORMED,
    /** The record repeats an id imported before; it was skipped. */
    DUPLICATE,
    /** The record failed validation; it was not imported. */
    INVALID,
    /** The record was imported, with something left unknown or ignored. */
    WARNING
  }

  @Override
  public String toString() {
    return source
        + ":"
        + line
        + ": "
        + kind.name().toLowerCase(java.util.Locale.ROOT)
        + ": "
        + reason;
  }
}
