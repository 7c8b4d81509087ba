package org.credmatch.taxonomy.build;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Stable scheme ids made from labels ({@code onet:tech:microsoft-excel}). Stateless and
 * thread-safe.
 */
final class Slugs {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");
  private static final Pattern EDGE_HYPHENS = Pattern.compile("^-+|-+$");

  private Slugs() {}

  /**
   * The slug of a label: accents removed, lower case, {@code +} as "plus", {@code #} as "sharp",
   * other runs of characters that are not ASCII letters or digits as one hyphen.
   */
  static String slug(String label) {
    String s = MARKS.matcher(Normalizer.normalize(label, Normalizer.Form.NFKD)).replaceAll("");
    s = s.toLowerCase(Locale.ROOT).replace("+", "-plus-").replace("#", "-sharp-");
    s = EDGE_HYPHENS.matcher(NON_ALNUM.matcher(s).replaceAll("-")).replaceAll("");
    return s.isEmpty() ? "x" : s;
  }

  /**
   * Ids for distinct labels: {@code prefix + slug}. Labels whose slugs collide are ordered by their
   * text; the first keeps the plain slug, the others get "-2", "-3"... (the first free one).
   */
  static Map<String, String> assign(String prefix, Collection<String> labels) {
    Map<String, List<String>> bySlug = new TreeMap<>();
    for (String label : new HashSet<>(labels)) {
      bySlug.computeIfAbsent(slug(label), k -> new ArrayList<>()).add(label);
    }
    Map<String, String> ids = new HashMap<>();
    Set<String> used = new HashSet<>(bySlug.keySet());
    List<String[]> extras = new ArrayList<>();
    bySlug.forEach(
        (slug, group) -> {
          group.sort(Comparator.naturalOrder());
          ids.put(group.get(0), prefix + slug);
          group.stream().skip(1).forEach(label -> extras.add(new String[] {slug, label}));
        });
    for (String[] extra : extras) {
      int k = 2;
      while (used.contains(extra[0] + "-" + k)) {
        k++;
      }
      used.add(extra[0] + "-" + k);
      ids.put(extra[1], prefix + extra[0] + "-" + k);
    }
    return ids;
  }
}
