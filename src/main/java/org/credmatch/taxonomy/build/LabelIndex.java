package org.credmatch.taxonomy.build;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.credmatch.taxonomy.Taxonomy;

/**
 * Clusters by normalised label during a build: "names" are members' preferred labels and their
 * qualifier-free cores, "alts" are the alternative labels the sources give. Mutable; confined to
 * the thread running the build.
 */
final class LabelIndex {

  private final Map<String, Set<Cluster>> names = new HashMap<>();
  private final Map<String, Set<Cluster>> alts = new HashMap<>();

  void add(Cluster cluster, SourceRecord record) {
    put(names, record.label(), cluster);
    put(names, Cluster.core(record.label()), cluster);
    record.altLabels().forEach(a -> put(alts, a, cluster));
  }

  private static void put(Map<String, Set<Cluster>> map, String label, Cluster cluster) {
    String key = Taxonomy.normalize(label);
    if (!key.isEmpty()) {
      map.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(cluster);
    }
  }

  List<Cluster> names(String key) {
    return new ArrayList<>(names.getOrDefault(key, Set.of()));
  }

  List<Cluster> alts(String key) {
    return new ArrayList<>(alts.getOrDefault(key, Set.of()));
  }

  /** Every cluster that has {@code key} as a name or an alternative label. */
  Set<Cluster> owners(String key) {
    Set<Cluster> owners = new LinkedHashSet<>(names.getOrDefault(key, Set.of()));
    owners.addAll(alts.getOrDefault(key, Set.of()));
    return owners;
  }
}
