package org.credmatch.search;

import java.util.List;
import java.util.Map;
import org.credmatch.skills.ExtractedSkill;

/**
 * The answer to a {@link RecommendationRequest}. Immutable.
 *
 * @param skills skills the ad asks for (after subtracting the résumé's, when one was given)
 * @param results ranked programs of the requested page
 * @param total how many programs matched (before paging)
 * @param stack the smallest set of programs found that covers the ad's required skills
 * @param facets counts of matching programs per facet value, for a filter UI
 * @param gap what the résumé already covers, or null without a résumé
 * @param warnings soft problems from extraction and ranking
 */
public record Recommendation(
    List<ExtractedSkill> skills,
    List<RankedCredential> results,
    int total,
    Stack stack,
    Map<String, Map<String, Integer>> facets,
    Gap gap,
    List<String> warnings) {

  /**
   * A skill of the ad that a program covers, with the ad's sentence that asked for it.
   *
   * @param id taxonomy id (null for a text-only match of an unlinked skill)
   * @param label label
   * @param requirement how strongly the ad asks for it
   * @param evidence the ad sentence that asks for it
   */
  public record CoveredSkill(String id, String label, String requirement, String evidence) {}

  /**
   * A skill of the ad, by id and label.
   *
   * @param id taxonomy id, or null when unlinked
   * @param label label
   */
  public record SkillRef(String id, String label) {}

  /**
   * Why a program has its score.
   *
   * @param coverage weighted share of the ad's skills covered, in [0, 1]
   * @param retrieval normalised first-stage score, in [0, 1]
   * @param levelFit fit of the program's level to the ad's seniority, in [0, 1]
   * @param summary one readable sentence
   */
  public record Why(double coverage, double retrieval, double levelFit, String summary) {}

  /**
   * The smallest set of programs found that covers the ad's required skills within the limits.
   *
   * @param credentialIds chosen programs, in the order chosen
   * @param covered required skills covered
   * @param uncovered required skills no program within the limits covers
   * @param totalHours sum of known hours
   * @param totalCost sum of known costs (free programs count 0)
   * @param unknownHours how many chosen programs have no known duration
   * @param unknownCost how many chosen programs have no known price
   */
  public record Stack(
      List<String> credentialIds,
      List<SkillRef> covered,
      List<SkillRef> uncovered,
      double totalHours,
      double totalCost,
      int unknownHours,
      int unknownCost) {}

  /**
   * Résumé gap analysis.
   *
   * @param alreadyHeld ad skills the résumé shows, with the résumé sentence as evidence
   * @param resumeSkills how many skills were found in the résumé
   */
  public record Gap(List<CoveredSkill> alreadyHeld, int resumeSkills) {}

  /** Facet counts keyed by facet then value, in a stable order. */
  public static Map<String, Map<String, Integer>> sortedFacets(
      Map<String, Map<String, Integer>> facets) {
    var out = new java.util.TreeMap<String, Map<String, Integer>>();
    facets.forEach((k, v) -> out.put(k, new java.util.TreeMap<>(v)));
    return out;
  }
}
