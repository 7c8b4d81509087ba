package org.credmatch.search;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.credmatch.index.LabelText;

/**
 * Which of the ad's skills a program teaches: by taxonomy id, or by the skill's label appearing as
 * whole words in the program's title or skill labels. Stateless; thread-safe.
 */
final class Coverage {

  private Coverage() {}

  /** Keys of the ad skills the program covers, in ad order. */
  static Set<String> covered(ProgramFacts program, List<AdSkill> skills) {
    Set<String> out = new LinkedHashSet<>();
    for (AdSkill skill : skills) {
      boolean byId = skill.id() != null && program.skillIds().contains(skill.id());
      if (byId || (skill.needle() != null && program.haystack().contains(skill.needle()))) {
        out.add(skill.key());
      }
    }
    return out;
  }

  /** The space-padded normalised label to look for, or null when too short to match alone. */
  static String needle(String label) {
    String normalized = LabelText.normalize(label);
    return normalized.length() < 2 ? null : " " + normalized + " ";
  }

  /** Weighted share of {@code skills} whose keys are in {@code covered}. */
  static double share(Set<String> covered, List<AdSkill> skills) {
    double total = 0;
    double got = 0;
    for (AdSkill s : skills) {
      total += s.weight();
      if (covered.contains(s.key())) {
        got += s.weight();
      }
    }
    return total == 0 ? 0 : got / total;
  }
}
