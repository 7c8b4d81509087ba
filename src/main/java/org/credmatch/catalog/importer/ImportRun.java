package org.credmatch.catalog.importer;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
 *
 * <p>With more than one tagging thread, each accepted record's skills are tagged on a pool (the
 * tagger must then be thread-safe) while the calling thread reads on; at most a few records per
 * thread are in flight, and they are kept in reading order. Everything else (validation, duplicate
 * ids, problems, warnings, order) stays on the calling thread, so the result is the same as with
 * one thread. Close the run to stop its threads.
 */
final class ImportRun implements AutoCloseable {

  /** Records per tagging thread that may be in flight at once. */
  private static final int IN_FLIGHT_PER_THREAD = 8;

  /** Where an id was first imported. */
  private record Origin(String source, long line) {}

  /** A record's skills, and the warnings and derived count that tagging it gave. */
  private record Tagged(List<CredentialSkill> skills, List<String> warnings, boolean derived) {}

  /** An accepted record whose skills are being tagged. */
  private record InFlight(SourceRecord.Parsed record, Future<Tagged> tagged) {}

  private final CredentialValidator validator;
  private final SkillTagger tagger;
  private final ImportListener listener;
  private final int progressEvery;
  private final ExecutorService pool;
  private final int maxInFlight;
  private final ArrayDeque<InFlight> inFlight = new ArrayDeque<>();
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
    this(validator, tagger, listener, progressEvery, 1);
  }

  /**
   * @param threads threads that tag skills (1: the calling thread only)
   */
  ImportRun(
      CredentialValidator validator,
      SkillTagger tagger,
      ImportListener listener,
      int progressEvery,
      int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1");
    }
    this.validator = validator;
    this.tagger = tagger;
    this.listener = listener;
    this.progressEvery = progressEvery;
    this.pool =
        threads > 1
            ? Executors.newFixedThreadPool(
                threads, Thread.ofPlatform().daemon().name("import-tagger-", 1).factory())
            : null;
    this.maxInFlight = threads * IN_FLIGHT_PER_THREAD;
  }

  @Override
  public void close() {
    if (pool != null) {
      pool.close();
    }
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
    settle();
    summaries.add(new SourceSummary(source, read, imported, skipped, invalid, warned, derived));
    listener.onProgress(progress(true));
  }

  /** Credentials accepted since the last call (in reading order). */
  List<Credential> drain() {
    settle();
    List<Credential> fresh = List.copyOf(credentials.subList(drained, credentials.size()));
    drained = credentials.size();
    return fresh;
  }

  /** Credentials accepted and not drained yet (some may still wait for their skills). */
  int pending() {
    return credentials.size() - drained + inFlight.size();
  }

  ImportReport report() {
    settle();
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
    imported++;
    if (pool == null) {
      keep(p, skills(p));
      return;
    }
    inFlight.add(new InFlight(p, pool.submit(() -> skills(p))));
    while (inFlight.size() > maxInFlight) {
      keepOldest();
    }
  }

  /** Waits for every record in flight and keeps them, in reading order. */
  private void settle() {
    while (!inFlight.isEmpty()) {
      keepOldest();
    }
  }

  private void keepOldest() {
    InFlight oldest = inFlight.remove();
    try {
      keep(oldest.record(), oldest.tagged().get());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("import interrupted", e);
    } catch (ExecutionException e) { // skills() turns the tagger's exceptions into warnings
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  private void keep(SourceRecord.Parsed p, Tagged t) {
    p.warnings().forEach(w -> warn(p.line(), w));
    t.warnings().forEach(w -> warn(p.line(), w));
    derived += t.derived() ? 1 : 0;
    credentials.add(p.credential().withSkills(t.skills()));
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
  private Tagged skills(SourceRecord.Parsed p) {
    List<CredentialSkill> skills = new ArrayList<>(p.credential().skills());
    List<String> warnings = new ArrayList<>();
    if (!p.declaredTags().isEmpty()) {
      skills.addAll(tag(warnings, true, () -> tagger.link(p.declaredTags())));
    }
    boolean declared = skills.stream().anyMatch(CredentialSkill::declared);
    String title = p.credential().title() == null ? "" : p.credential().title().strip();
    String text = title.isEmpty() ? p.prose() : title + ".\n" + p.prose();
    boolean derivedAny = false;
    if (!declared && !text.isBlank()) {
      List<CredentialSkill> found = tag(warnings, false, () -> tagger.derive(text));
      derivedAny = !found.isEmpty();
      skills.addAll(found);
    }
    return new Tagged(distinct(skills), warnings, derivedAny);
  }

  /** The tagger's skills with a label, marked declared or not whatever the tagger said. */
  private static List<CredentialSkill> tag(
      List<String> warnings, boolean declared, Supplier<List<CredentialSkill>> call) {
    try {
      return call.get().stream()
          .filter(s -> s != null && s.label() != null && !s.label().isBlank())
          .map(s -> s.declared() == declared ? s : new CredentialSkill(s.id(), s.label(), declared))
          .toList();
    } catch (RuntimeException e) {
      warnings.add("skill tagging failed (" + e + "); skills may be missing");
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
    return new ImportListener.Progress(
        source, read, totalRead, credentials.size() + inFlight.size(), done);
  }
}
