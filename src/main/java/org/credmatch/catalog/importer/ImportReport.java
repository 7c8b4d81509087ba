package org.credmatch.catalog.importer;

import java.util.Comparator;
import java.util.List;
import org.credmatch.catalog.Credential;

/**
 * Result of an import: the credentials (sorted by id), figures per source, every skipped or invalid
 * record with its reason, and soft warnings on imported records. Immutable.
 *
 * @param credentials imported credentials, sorted by id
 * @param sources figures per source, in import order
 * @param problems skipped and invalid records, in reading order
 * @param warnings soft problems on imported records, in reading order
 */
public record ImportReport(
    List<Credential> credentials,
    List<SourceSummary> sources,
    List<ImportProblem> problems,
    List<ImportProblem> warnings) {

  public ImportReport {
    credentials = credentials.stream().sorted(Comparator.comparing(Credential::id)).toList();
    sources = List.copyOf(sources);
    problems = List.copyOf(problems);
    warnings = List.copyOf(warnings);
  }

  /** Records imported. */
  public int imported() {
    return credentials.size();
  }

  /** Records skipped because they were malformed or repeated an id. */
  public int skipped() {
    return (int) problems.stream().filter(p -> p.kind() != ImportProblem.Kind.INVALID).count();
  }

  /** Records that failed validation. */
  public int invalid() {
    return (int) problems.stream().filter(p -> p.kind() == ImportProblem.Kind.INVALID).count();
  }
}
