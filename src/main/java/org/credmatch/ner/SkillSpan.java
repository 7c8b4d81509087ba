package org.credmatch.ner;

/**
 * A span of tokens tagged as a skill or a knowledge item.
 *
 * @param start index of the first token, inclusive
 * @param end index after the last token
 * @param kind SKILL or KNOWLEDGE, as in SkillSpan's annotation scheme
 * @param probability the model's confidence in [0, 1]
 */
public record SkillSpan(int start, int end, Kind kind, double probability) {

  /** SkillSpan's two span kinds. */
  public enum Kind {
    SKILL,
    KNOWLEDGE
  }
}
