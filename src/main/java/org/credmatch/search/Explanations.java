package org.credmatch.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.credmatch.skills.Requirement;

/** Turns a scored candidate into a result that explains itself. Stateless. */
final class Explanations {

  private Explanations() {}

  static RankedCredential explain(int rank, Candidate c, List<AdSkill> skills) {
    List<Recommendation.CoveredSkill> covered = new ArrayList<>();
    List<Recommendation.SkillRef> missing = new ArrayList<>();
    for (AdSkill s : skills) {
      if (c.covered().contains(s.key())) {
        covered.add(
            new Recommendation.CoveredSkill(
                s.id(), s.label(), s.requirement().json(), s.evidence()));
      } else if (s.requirement() == Requirement.REQUIRED) {
        missing.add(new Recommendation.SkillRef(s.id(), s.label()));
      }
    }
    var why =
        new Recommendation.Why(
            round(c.coverage()),
            round(c.retrieval()),
            round(c.levelFit()),
            summary(c, covered, skills));
    return new RankedCredential(rank, c.credential(), round(c.score()), covered, missing, why);
  }

  private static String summary(
      Candidate c, List<Recommendation.CoveredSkill> covered, List<AdSkill> skills) {
    if (skills.isEmpty()) {
      return "matched the words of the ad; no skills were recognised";
    }
    String names =
        String.join(
            ", ", covered.stream().limit(4).map(Recommendation.CoveredSkill::label).toList());
    return String.format(
        Locale.ROOT,
        "teaches %d of the %d skills asked for (%.0f%% of their weight)%s",
        covered.size(),
        skills.size(),
        100 * c.coverage(),
        names.isEmpty() ? "" : ": " + names + (covered.size() > 4 ? ", ..." : ""));
  }

  static double round(double v) {
    return Math.round(v * 10000) / 10000.0;
  }
}
