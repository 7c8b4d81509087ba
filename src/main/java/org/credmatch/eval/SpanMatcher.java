package org.credmatch.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.credmatch.ner.SkillSpan;

/**
 * Counts matches between predicted and gold spans of one kind. Stateless and thread-safe.
 *
 * <ul>
 *   <li><b>Strict</b>: a predicted span matches a gold span with the same start and end.
 *   <li><b>Overlap</b>: a predicted span matches a gold span that shares at least one token with
 *       it. Matching is one-to-one: each gold span and each predicted span is used at most once, so
 *       two predictions inside one gold span count one true positive and one false positive.
 * </ul>
 *
 * Callers pass spans of a single kind; kinds never match each other.
 */
final class SpanMatcher {

  private SpanMatcher() {}

  /** Exact-boundary matches; duplicate predictions of one gold span count once. */
  static int strict(List<SkillSpan> gold, List<SkillSpan> predicted) {
    Set<List<Integer>> open = new HashSet<>();
    gold.forEach(g -> open.add(List.of(g.start(), g.end())));
    int matched = 0;
    for (SkillSpan p : predicted) {
      if (open.remove(List.of(p.start(), p.end()))) {
        matched++;
      }
    }
    return matched;
  }

  /**
   * Size of a one-to-one matching of overlapping spans. Gold spans are visited by end, then start;
   * each takes the free overlapping prediction that ends first, the greedy choice that gives a
   * maximum matching on intervals.
   */
  static int overlap(List<SkillSpan> gold, List<SkillSpan> predicted) {
    Comparator<SkillSpan> byEnd =
        Comparator.comparingInt(SkillSpan::end).thenComparingInt(SkillSpan::start);
    List<SkillSpan> free = new ArrayList<>(predicted);
    free.sort(byEnd);
    int matched = 0;
    for (SkillSpan g : gold.stream().sorted(byEnd).toList()) {
      for (int i = 0; i < free.size(); i++) {
        if (overlaps(g, free.get(i))) {
          free.remove(i);
          matched++;
          break;
        }
      }
    }
    return matched;
  }

  static boolean overlaps(SkillSpan a, SkillSpan b) {
    return a.start() < b.end() && b.start() < a.end();
  }
}
