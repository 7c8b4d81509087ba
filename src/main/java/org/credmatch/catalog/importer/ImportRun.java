package org.credmatch.catalog.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.credmatch.catalog.Credential;
import org.credmatch.catalog.CredentialSkill;
import org.credmatch.catalog.CredentialValidator;
import org.credmatch.catalog.CredentialValidator.Violation;
import org.credmatch.catalog.SkillTagger;
import org.credmatch.catalog.importer.ImportProblem.Kind;

/**
 * State of one import: ids seen, credentials kept, problems and figures per source. Not thread-safe
 * (one instance per {@link CatalogImporter#importFrom} call).
 */
final class ImportRun {

  /** Where an id was first imported. */
  private record Origin(String source, long line) {}

  private final CredentialValidator validator;
  private final SkillTagger tagger;
  private final ImportListener listener;
  private final int progressEvery;
  private final Map<String, Origin> seen = new HashMap<>();
  private final List<Credential> credentials = new ArrayList<>();
  private final List<ImportProblem> problems = new ArrayList<>();
  private final List<ImportProblem> warnings = new ArrayList<>();
  private final List<SourceSummary> summaries = new ArrayList<>();
  private String source;
  private int drained;
  private int totalRead;
  private int read;
  private int imported;
  private int skipped;
  private int invalid;
  private int warned;
  private int derived;

  ImportRun(
      CredentialValidator validator,
      SkillTagger tagger,
      ImportListener listener,
      int progressEvery) {
    this.validator = validator;
    this.tagger = tagger;
    this.listener = listener;
    this.progressEvery = progressEvery;
  }

  void startSource(String name) {
    source = name;
    read = imported = skipped = invalid = warned = derived = 0;
  }

  void accept(SourceRecord record) {
    read++;
    totalRead++;
    switch (record) {
      case SourceRecord.Unreadable u -> problem(u.line(), u.kind(), u.reason());
      case SourceRecord.Parsed p -> accept(p);
    }
    if (totalRead % progressEvery == 0) {
      listener.onProgress(progress(false));
    }
  }

  void endSource() {
    summaries.add(new SourceSummary(source, read, imported, skipped, invalid, warned, derived));
    listener.onProgress(progress(true));
  }

  /** Credentials accepted since the last call (in reading order). */
  List<Credential> drain() {
    List<Credential> fresh = List.copyOf(credentials.subList(drained, credentials.size()));
    drained = credentials.size();
    return fresh;
  }

  /** Credentials accepted and not drained yet. */
  int pending() {
    return credentials.size() - drained;
  }

  ImportReport report() {
    return new ImportReport(credentials, summaries, problems, warnings);
  }

  private void accept(SourceRecord.Parsed p) {
    List<String> errors = errors(p);
    if (!errors.isEmpty()) {
      problem(p.line(), Kind.INVALID, String.join("; ", errors));
      return;
    }
    String id = p.credential().id();
    Origin first = seen.putIfAbsent(id, new Origin(source, p.line()));
    if (first != null) {
      String where = first.source().equals(source) ? "" : " of " + first.source();
      problem(
          p.line(),
          Kind.DUPLICATE,
          "duplicate id (first at line " + first.line() + where + "): " + id);
      return;
    }
    p.warnings().forEach(w -> warn(p.line(), w));
    credentials.add(p.credential().withSkills(skills(p)));
    imported++;
  }

  /** Format errors, then validation errors of the fields the format did not already fault. */
  private List<String> errors(SourceRecord.Parsed p) {
    List<Violation> all = new ArrayList<>(p.errors());
    var faulted = p.errors().stream().map(Violation::field).collect(Collectors.toSet());
    validator.validate(p.credential()).stream()
        .filter(v -> !faulted.contains(v.field()))
        .forEach(all::add);
    return all.stream().map(Violation::message).toList();
  }

  /**
   * Pre-linked skills, then linked tags; derived skills only when nothing is declared, from the
   * title (a fact, and the most telling line) followed by the prose.
   */
  private List<CredentialSkill> skills(SourceRecord.Parsed p) {
    List<CredentialSkill> skills = new ArrayList<>(p.credential().skills());
    if (!p.declaredTags().isEmpty()) {
      skills.addAll(tag(p.line(), true, () -> tagger.link(p.declaredTags())));
    }
    boolean declared = skills.stream().anyMatch(CredentialSkill::declared);
    String title = p.credential().title() == null ? "" : p.credential().title().strip();
    String text = title.isEmpty() ? p.prose() : title + ".\n" + p.prose();
    if (!declared && !text.isBlank()) {
      List<CredentialSkill> found = tag(p.line(), false, () -> tagger.derive(text));
      derived += found.isEmpty() ? 0 : 1;
      skills.addAll(found);
    }
    return distinct(skills);
  }

  /** The tagger's skills with a label, marked declared or not whatever the tagger said. */
  private List<CredentialSkill> tag(
      long line, boolean declared, Supplier<List<CredentialSkill>> call) {
    try {
      return call.get().stream()
          .filter(s -> s != null && s.label() != null && !s.label().isBlank())
          .map(s -> s.declared() == declared ? s : new CredentialSkill(s.id(), s.label(), declared))
          .toList();
    } catch (RuntimeException e) {
      warn(line, "skill tagging failed (" + e + "); skills may be missing");
      return List.of();
    }
  }

  private static List<CredentialSkill> distinct(List<CredentialSkill> skills) {
    Map<String, CredentialSkill> byKey = new LinkedHashMap<>();
    for (CredentialSkill s : skills) {
      String key = s.id() != null ? "id:" + s.id() : "label:" + s.label().toLowerCase(Locale.ROOT);
      byKey.putIfAbsent(key, s);
    }
    return List.copyOf(byKey.values());
  }

  private void problem(long line, Kind kind, String reason) {
    problems.add(new ImportProblem(source, line, kind, reason));
    if (kind == Kind.INVALID) {
      invalid++;
    } else {
      skipped++;
    }
  }

  private void warn(long line, String message) {
    warnings.add(new ImportProblem(source, line, Kind.WARNING, message));
    warned++;
  }

  private ImportListener.Progress progress(boolean done) {
    return new ImportListener.Progress(source, read, totalRead, credentials.size(), done);
  }
}
