package org.credmatch.skills;

/**
 * Finds the skills a text (a job ad, a résumé, a course description) asks for or teaches.
 *
 * <p>Implementations are thread-safe: one instance serves concurrent requests.
 */
public interface SkillExtractor {

  /**
   * Extracts skills from plain text, HTML or Markdown. Never throws for odd input: problems travel
   * as {@link Extraction#warnings()}. Offsets in the result point into {@code text} as given.
   */
  Extraction extract(String text);

  /**
   * The same extractor without the trained span model, for callers that do not use the skills only
   * the model finds (ranking gives them no weight by default); much faster, since the span model is
   * most of the extraction time. Shares everything else, curation included. This extractor itself
   * when it has no span model.
   */
  default SkillExtractor withoutSpanModel() {
    return this;
  }

  /**
   * Starts, on other threads, building what only some calls need (the span model's label linker),
   * so that a server can call it once it serves rather than have that work compete with its start.
   * Calls that need such a part before then start it themselves and wait for it. Returns at once.
   */
  default void startBackgroundWork() {}
}
