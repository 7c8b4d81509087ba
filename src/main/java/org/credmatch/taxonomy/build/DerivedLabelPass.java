package org.credmatch.taxonomy.build;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.credmatch.taxonomy.Taxonomy;
import org.credmatch.taxonomy.build.SourceRecord.Origin;

/**
 * Adds {@link DerivedLabels} to the clusters of O*NET technologies and tools and of bracketed ESCO
 * concepts. A derived label is kept when no other cluster has that label and no other cluster
 * derives it too. When it names an ESCO skill that has no O*NET record yet (by name, or by an alt
 * label whose core fits, as in {@link SkillMerger}) and the deriving O*NET record stands alone, the
 * two are the same thing and merge ("Oracle Java" gives "Java", a name of the ESCO skill "Java
 * (computer programming)"); when several lone O*NET records derive that name, the one listed for
 * the most occupations merges. Every other derived label that collides is dropped. Mutable; one per
 * build.
 */
final class DerivedLabelPass {

  private final DerivedLabels derivation;
  private final SkillMerger merger;
  private final BuildReport.Counter counter;
  private final Map<Cluster, Cluster> merges = new LinkedHashMap<>();
  private final Set<Cluster> taken = new HashSet<>();

  DerivedLabelPass(DerivedLabels derivation, SkillMerger merger, BuildReport.Counter counter) {
    this.derivation = derivation;
    this.merger = merger;
    this.counter = counter;
  }

  /** Runs the pass; returns the clusters left after merges. */
  List<Cluster> run() {
    Map<String, List<Cluster>> claimants = new LinkedHashMap<>();
    Map<String, String> spelling = new LinkedHashMap<>();
    for (Cluster c : merger.clusters()) {
      derive(c)
          .forEach(
              (key, label) -> {
                claimants.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
                spelling.putIfAbsent(key, label);
              });
    }
    claimants.forEach((key, clusters) -> decide(key, spelling.get(key), clusters));
    merges.forEach(
        (from, to) -> {
          counter.add(
              "merged "
                  + from.primary().origin()
                  + " into "
                  + to.primary().origin()
                  + " by derived label");
          to.absorb(from);
        });
    List<Cluster> left = new ArrayList<>(merger.clusters());
    left.removeAll(merges.keySet());
    return left;
  }

  /** Derived labels of a cluster's records, by normalised key, without its own labels. */
  private Map<String, String> derive(Cluster c) {
    Map<String, String> labels = new LinkedHashMap<>();
    for (SourceRecord r : c.members()) {
      if (derives(r)) {
        derivation.derive(r.label()).forEach(d -> labels.putIfAbsent(Taxonomy.normalize(d), d));
      }
    }
    labels.keySet().removeIf(key -> merger.index().owners(key).contains(c));
    return labels;
  }

  private static boolean derives(SourceRecord r) {
    return r.origin() == Origin.ONET_TECHNOLOGY
        || r.origin() == Origin.ONET_TOOL
        || (r.origin() == Origin.ESCO_CONCEPT && r.label().contains("("));
  }

  private void decide(String key, String label, List<Cluster> claimants) {
    Set<Cluster> owners = merger.index().owners(key);
    if (owners.isEmpty() && claimants.size() == 1) {
      claimants.get(0).addDerived(label);
      counter.add("derived labels added");
      return;
    }
    Optional<Cluster> target = owners.isEmpty() ? Optional.empty() : mergeTarget(key, label);
    Optional<Cluster> winner =
        claimants.stream()
            .filter(c -> c.isOnetOnly() && !merges.containsKey(c))
            .max(
                Comparator.comparingInt(DerivedLabelPass::occupations)
                    .thenComparing(Cluster::id, Comparator.reverseOrder()));
    if (target.isPresent() && winner.isPresent() && taken.add(target.get())) {
      merges.put(winner.get(), target.get());
      countDropped(claimants.size() - 1, "derived by several skills");
    } else {
      countDropped(
          claimants.size(),
          owners.isEmpty() ? "derived by several skills" : "label of another skill");
    }
  }

  private void countDropped(int n, String why) {
    for (int i = 0; i < n; i++) {
      counter.add("derived labels dropped: " + why);
    }
  }

  private static int occupations(Cluster c) {
    return c.members().get(0).occupations();
  }

  /** The single ESCO skill without an O*NET record that has this name, or fitting alt label. */
  private Optional<Cluster> mergeTarget(String key, String label) {
    List<Cluster> named =
        merger.index().names(key).stream()
            .filter(o -> !o.hasOnet() && (o.uriRecord().isPresent() || o.has(Origin.ESCO_LABEL)))
            .toList();
    if (named.size() == 1) {
      return Optional.of(named.get(0));
    }
    return named.isEmpty() ? merger.altTarget(key, label, o -> !o.hasOnet()) : Optional.empty();
  }
}
