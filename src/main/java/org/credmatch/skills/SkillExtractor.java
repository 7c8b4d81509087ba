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
}
