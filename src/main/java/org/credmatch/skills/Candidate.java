package org.credmatch.skills;

import org.credmatch.taxonomy.SkillType;

/**
 * One mention of a skill before mentions are grouped into {@link ExtractedSkill}s.
 *
 * @param id taxonomy id, or null for an unlinked model span
 * @param label taxonomy label, or the span text
 * @param type taxonomy type, or the model's kind
 * @param source who found it
 * @param requirement level from the sentence and its section
 * @param minYears years of experience asked for, or null
 * @param confidence how sure the finder is, in [0, 1]
 * @param start offset in the cleaned text
 * @param end offset after it in the cleaned text
 * @param sentence the sentence text, as evidence
 * @param labelTokens number of tokens of the matched label (specificity)
 */
record Candidate(
    String id,
    String label,
    SkillType type,
    Source source,
    Requirement requirement,
    Integer minYears,
    double confidence,
    int start,
    int end,
    String sentence,
    int labelTokens) {

  /** The key mentions are grouped by: the id, or the lower-cased text of an unlinked span. */
  String groupKey() {
    return id != null ? id : "\u0000" + label.toLowerCase(java.util.Locale.ROOT);
  }
}
