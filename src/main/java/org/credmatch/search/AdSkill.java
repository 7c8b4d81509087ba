package org.credmatch.search;

import org.credmatch.skills.Requirement;

/**
 * A skill of the ad as the ranker sees it: its final weight (requirement x extractor weight x
 * rarity in the catalog) and the sentence that asked for it. Immutable.
 *
 * @param id taxonomy id, or null when unlinked
 * @param label label used for text matching
 * @param requirement how strongly the ad asks for it
 * @param weight final weight, > 0
 * @param evidence the ad sentence that asked for it, or null
 * @param needle the normalised, space-padded label looked for in program texts, or null
 */
record AdSkill(
    String id,
    String label,
    Requirement requirement,
    double weight,
    String evidence,
    String needle) {

  /** The key used to compare skills: the id, or the lower-case label when unlinked. */
  String key() {
    return id != null ? id : "label:" + label.toLowerCase(java.util.Locale.ROOT);
  }
}
