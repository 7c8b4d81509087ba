package org.credmatch.search;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.credmatch.catalog.Credential;
import org.credmatch.catalog.CredentialSkill;

/**
 * Which of the ad's skills a program teaches: by taxonomy id, or by the skill's label appearing as
 * whole words in the program's title or skill labels. Stateless; thread-safe.
 */
final class Coverage {

  private Coverage() {}

  /** Keys of the ad skills {@code credential} covers, in ad order. */
  static Set<String> covered(Credential credential, List<AdSkill> skills) {
    Set<String> ids = new java.util.HashSet<>();
    StringBuilder text = new StringBuilder(normalize(credential.title()));
    for (CredentialSkill s : credential.skills()) {
      if (s.id() != null) {
        ids.add(s.id());
      }
      text.append(" | ").append(normalize(s.label()));
    }
    String haystack = " " + text + " ";
    Set<String> out = new LinkedHashSet<>();
    for (AdSkill skill : skills) {
      if ((skill.id() != null && ids.contains(skill.id()))
          || containsWords(haystack, skill.label())) {
        out.add(skill.key());
      }
    }
    return out;
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

  private static boolean containsWords(String haystack, String label) {
    String needle = normalize(label);
    if (needle.length() < 2) {
      return false;
    }
    return haystack.contains(" " + needle + " ");
  }

  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}+#.]+");

  static String normalize(String s) {
    if (s == null) {
      return "";
    }
    String lower = s.toLowerCase(Locale.ROOT);
    return NON_WORD.matcher(lower).replaceAll(" ").replaceAll("(?<=\\w)\\.(?=\\s|$)", "").strip();
  }
}
