package org.credmatch.search;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.credmatch.skills.ExtractedSkill;
import org.credmatch.skills.Extraction;

/** Subtracts the skills a résumé shows from the skills an ad asks for. Stateless. */
final class ResumeGap {

  private ResumeGap() {}

  /** Ad skills still to learn: those the résumé does not show. */
  static List<ExtractedSkill> remaining(List<ExtractedSkill> ad, Extraction resume) {
    Set<String> held = keys(resume.skills());
    return ad.stream().filter(s -> !held.contains(key(s))).toList();
  }

  /** Ad skills the résumé shows, with the résumé sentence as evidence. */
  static Recommendation.Gap held(List<ExtractedSkill> ad, Extraction resume) {
    var byKey = new java.util.HashMap<String, ExtractedSkill>();
    resume.skills().forEach(s -> byKey.putIfAbsent(key(s), s));
    List<Recommendation.CoveredSkill> held =
        ad.stream()
            .filter(s -> byKey.containsKey(key(s)))
            .map(s -> covered(s, byKey.get(key(s))))
            .toList();
    return new Recommendation.Gap(held, resume.skills().size());
  }

  private static Recommendation.CoveredSkill covered(ExtractedSkill ad, ExtractedSkill inResume) {
    String evidence = inResume.mentions().isEmpty() ? null : inResume.mentions().get(0).sentence();
    return new Recommendation.CoveredSkill(ad.id(), ad.label(), ad.requirement().json(), evidence);
  }

  private static Set<String> keys(List<ExtractedSkill> skills) {
    Set<String> keys = new HashSet<>();
    skills.forEach(s -> keys.add(key(s)));
    return keys;
  }

  private static String key(ExtractedSkill s) {
    return s.id() != null ? s.id() : "label:" + s.label().toLowerCase(java.util.Locale.ROOT);
  }
}
