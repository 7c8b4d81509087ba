package org.credmatch.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.credmatch.catalog.Credential;

/**
 * Finds a small set of programs that together cover the ad's target skills: greedy weighted set
 * cover (the largest newly covered weight first; ties to the shorter program, then to the smaller
 * id), within hour, cost, delivery and free-only limits, followed by removal of programs made
 * redundant by later choices. Immutable; thread-safe.
 */
final class StackBuilder {

  private final RankingConfig.Stack settings;

  StackBuilder(RankingConfig.Stack settings) {
    this.settings = settings;
  }

  Recommendation.Stack build(List<Candidate> ranked, List<AdSkill> targets, StackLimits limits) {
    List<Candidate> pool =
        ranked.stream()
            .limit(settings.candidates())
            .filter(c -> allowed(c.credential(), limits))
            .toList();
    List<Candidate> chosen = greedy(pool, targets, limits);
    pruneRedundant(chosen, targets);
    return summary(chosen, targets);
  }

  private List<Candidate> greedy(List<Candidate> pool, List<AdSkill> targets, StackLimits limits) {
    List<Candidate> chosen = new ArrayList<>();
    Set<String> covered = new HashSet<>();
    while (chosen.size() < settings.maxPrograms()) {
      Candidate best = null;
      double bestGain = 0;
      for (Candidate c : pool) {
        double gain = gain(c, targets, covered);
        if (gain > 0 && fits(chosen, c, limits) && better(c, gain, best, bestGain)) {
          best = c;
          bestGain = gain;
        }
      }
      if (best == null) {
        break;
      }
      chosen.add(best);
      covered.addAll(best.covered());
    }
    return chosen;
  }

  private static boolean better(Candidate c, double gain, Candidate best, double bestGain) {
    if (best == null || gain > bestGain + 1e-9) {
      return true;
    }
    if (gain < bestGain - 1e-9) {
      return false;
    }
    int byHours = Double.compare(hoursOrMax(c), hoursOrMax(best));
    return byHours != 0 ? byHours < 0 : c.credential().id().compareTo(best.credential().id()) < 0;
  }

  private static double gain(Candidate c, List<AdSkill> targets, Set<String> covered) {
    double gain = 0;
    for (AdSkill t : targets) {
      if (c.covered().contains(t.key()) && !covered.contains(t.key())) {
        gain += t.weight();
      }
    }
    return gain;
  }

  private static void pruneRedundant(List<Candidate> chosen, List<AdSkill> targets) {
    for (int i = chosen.size() - 1; i >= 0; i--) {
      List<Candidate> without = new ArrayList<>(chosen);
      without.remove(i);
      if (coveredKeys(without, targets).equals(coveredKeys(chosen, targets))) {
        chosen.remove(i);
      }
    }
  }

  private static Set<String> coveredKeys(List<Candidate> chosen, List<AdSkill> targets) {
    Set<String> keys = new HashSet<>();
    for (AdSkill t : targets) {
      if (chosen.stream().anyMatch(c -> c.covered().contains(t.key()))) {
        keys.add(t.key());
      }
    }
    return keys;
  }

  private static boolean allowed(Credential c, StackLimits limits) {
    if (limits.freeOnly() && !c.cost().free()) {
      return false;
    }
    if (limits.delivery() != null
        && (c.delivery().mode() == null || !c.delivery().mode().json().equals(limits.delivery()))) {
      return false;
    }
    if (limits.maxHours() != null && c.duration().hours() == null) {
      return false;
    }
    return limits.maxCost() == null || cost(c) != null;
  }

  private static boolean fits(List<Candidate> chosen, Candidate next, StackLimits limits) {
    List<Candidate> all = new ArrayList<>(chosen);
    all.add(next);
    if (limits.maxHours() != null && totalHours(all) > limits.maxHours() + 1e-9) {
      return false;
    }
    return limits.maxCost() == null || totalCost(all) <= limits.maxCost() + 1e-9;
  }

  private static Recommendation.Stack summary(List<Candidate> chosen, List<AdSkill> targets) {
    Set<String> keys = coveredKeys(chosen, targets);
    List<Recommendation.SkillRef> covered = new ArrayList<>();
    List<Recommendation.SkillRef> uncovered = new ArrayList<>();
    for (AdSkill t : targets) {
      (keys.contains(t.key()) ? covered : uncovered)
          .add(new Recommendation.SkillRef(t.id(), t.label()));
    }
    int unknownHours =
        (int) chosen.stream().filter(c -> c.credential().duration().hours() == null).count();
    int unknownCost = (int) chosen.stream().filter(c -> cost(c.credential()) == null).count();
    return new Recommendation.Stack(
        chosen.stream().map(c -> c.credential().id()).toList(),
        covered,
        uncovered,
        totalHours(chosen),
        totalCost(chosen),
        unknownHours,
        unknownCost);
  }

  private static double totalHours(List<Candidate> chosen) {
    return chosen.stream()
        .map(c -> c.credential().duration().hours())
        .filter(h -> h != null)
        .mapToDouble(h -> h)
        .sum();
  }

  private static double totalCost(List<Candidate> chosen) {
    return chosen.stream()
        .map(c -> cost(c.credential()))
        .filter(v -> v != null)
        .mapToDouble(v -> v)
        .sum();
  }

  private static double hoursOrMax(Candidate c) {
    Double h = c.credential().duration().hours();
    return h == null ? Double.MAX_VALUE : h;
  }

  /** What taking the program costs: 0 when free, the amount when known, else null. */
  static Double cost(Credential c) {
    return c.cost().free() ? Double.valueOf(0.0) : c.cost().amount();
  }
}
