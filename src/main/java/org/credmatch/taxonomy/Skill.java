package org.credmatch.taxonomy;

import java.util.List;

/**
 * One skill of the compiled taxonomy. Immutable.
 *
 * @param id stable id: the ESCO URI where known, otherwise a scheme documented in
 *     models/taxonomy/README.md
 * @param label preferred label
 * @param altLabels alternative labels and synonyms, without the preferred label
 * @param type what kind of skill this is
 * @param sources where the skill comes from ("esco-1.2.0", "esco-1.1.0", "onet-29.2")
 * @param sourceIds ids of the same skill in each source (ESCO URI, O*NET element id or commodity
 *     code); several when the skill was merged across sources
 * @param hot O*NET hot-technology flag
 * @param group a broader group label (ESCO skill group or O*NET commodity title), may be null
 */
public record Skill(
    String id,
    String label,
    List<String> altLabels,
    SkillType type,
    List<String> sources,
    List<String> sourceIds,
    boolean hot,
    String group) {

  public Skill {
    altLabels = List.copyOf(altLabels);
    sources = List.copyOf(sources);
    sourceIds = List.copyOf(sourceIds);
  }
}
