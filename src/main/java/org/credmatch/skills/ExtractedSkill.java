package org.credmatch.skills;

import java.util.List;
import org.credmatch.taxonomy.SkillType;

/**
 * One skill found in a text, with its evidence.
 *
 * @param id taxonomy id, or null when a model span could not be linked to the taxonomy
 * @param label taxonomy preferred label, or the span text when unlinked
 * @param type taxonomy type (for unlinked model spans: SKILL or KNOWLEDGE as the model tagged it)
 * @param source how it was found
 * @param requirement how strongly the text asks for it
 * @param minYears minimum years of experience asked for, or null
 * @param weight importance in [0, 1] from requirement level, repetition and specificity
 * @param confidence how sure the extractor is, in [0, 1]
 * @param mentions where the text says so, in text order
 */
public record ExtractedSkill(
    String id,
    String label,
    SkillType type,
    Source source,
    Requirement requirement,
    Integer minYears,
    double weight,
    double confidence,
    List<Mention> mentions) {

  public ExtractedSkill {
    mentions = List.copyOf(mentions);
  }
}
