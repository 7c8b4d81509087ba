package org.credmatch.skills;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The extraction pipeline with a curation that can be replaced while it serves requests. Each
 * {@link #extract} call reads the current curation once, so it sees the old curation or the new
 * one, never a mix. {@link #apply} checks the new curation first and swaps it in atomically; the
 * OpenNLP models and the taxonomy's label trie are not rebuilt, only the small trie of curated
 * phrases. Thread-safe.
 */
public final class CuratedExtractor implements SkillExtractor {

  /** A curation and its compiled form, swapped together. */
  private record State(Curation curation, CompiledCuration compiled) {}

  private final DefaultSkillExtractor pipeline;
  private final AtomicReference<State> state;

  /**
   * @throws CurationException when {@code initial} does not fit the pipeline's taxonomy
   */
  CuratedExtractor(DefaultSkillExtractor pipeline, Curation initial) {
    this(pipeline, new AtomicReference<>(new State(initial, pipeline.compile(initial))));
  }

  private CuratedExtractor(DefaultSkillExtractor pipeline, AtomicReference<State> state) {
    this.pipeline = pipeline;
    this.state = state;
  }

  /** The pipeline without its span model, under the same curation (applied to both at once). */
  @Override
  public CuratedExtractor withoutSpanModel() {
    DefaultSkillExtractor lean = pipeline.withoutSpanModel();
    return lean == pipeline ? this : new CuratedExtractor(lean, state);
  }

  @Override
  public void startBackgroundWork() {
    pipeline.startBackgroundWork();
  }

  @Override
  public Extraction extract(String text) {
    return pipeline.extract(text, state.get().compiled());
  }

  /** The curation in force. */
  public Curation current() {
    return state.get().curation();
  }

  /**
   * Checks a curation against the taxonomy without applying it.
   *
   * @throws CurationException listing every problem
   */
  public void validate(Curation curation) {
    pipeline.compile(curation);
  }

  /**
   * Replaces the curation: the next {@link #extract} call uses it. Calls already running finish
   * with the one they started with.
   *
   * @throws CurationException listing every problem; the curation in force is then kept
   */
  public void apply(Curation curation) {
    CompiledCuration compiled = pipeline.compile(curation);
    state.set(new State(curation, compiled));
  }

  /** Aliases of skill-aliases.tsv whose target skill is not in the taxonomy. */
  public List<String> unresolvedAliases() {
    return pipeline.unresolvedAliases();
  }
}
