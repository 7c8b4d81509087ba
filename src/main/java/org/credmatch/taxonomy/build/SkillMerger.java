package org.credmatch.taxonomy.build;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.credmatch.taxonomy.SkillType;
import org.credmatch.taxonomy.Taxonomy;
import org.credmatch.taxonomy.build.SourceRecord.Origin;

/**
 * Deduplicates source records into clusters, one cluster per skill. A record joins at most one
 * existing cluster and a cluster takes at most one record of each origin family, so merges never
 * chain. Rules, in order:
 *
 * <ol>
 *   <li>ESCO v1.2.0 concepts (collections and skill groups) are the anchors, one per URI;
 *   <li>an ESCO v1.1.0 label joins the concept with that preferred label, else the single concept
 *       that has it as an alt label and whose own preferred label is not a v1.1.0 label (a renamed
 *       concept);
 *   <li>an O*NET element (Knowledge first, then Skills) joins a cluster with that name, preferring
 *       one of the same type;
 *   <li>an O*NET technology or tool joins a cluster with that name (preferred label or its
 *       qualifier-free core: "Python" and "Python (computer programming)"), else the single ESCO
 *       concept that lists it as an alt label and whose core is a run of its words or the reverse
 *       ("Eclipse IDE" and "Eclipse (integrated development environment software)"), but not a
 *       broader concept that merely lists it ("Google Sheets" under "use spreadsheets software");
 *   <li>derived labels ({@link DerivedLabelPass}) may join a still lone O*NET record the same way.
 * </ol>
 *
 * <p>Mutable; one instance per build, confined to its thread.
 */
final class SkillMerger {

  private final List<Cluster> clusters = new ArrayList<>();
  private final LabelIndex index = new LabelIndex();
  private final BuildReport.Counter counter;

  SkillMerger(BuildReport.Counter counter) {
    this.counter = counter;
  }

  void addAnchors(List<SourceRecord> records) {
    records.forEach(this::newCluster);
  }

  void addEscoLabels(List<SourceRecord> records) {
    Set<String> labelKeys =
        records.stream().map(r -> Taxonomy.normalize(r.label())).collect(Collectors.toSet());
    for (SourceRecord r : records) {
      String key = Taxonomy.normalize(r.label());
      Predicate<Cluster> open = c -> c.uriRecord().isPresent() && !c.has(Origin.ESCO_LABEL);
      Optional<Cluster> byName = best(index.names(key), open, key);
      Optional<Cluster> byAlt =
          single(
              index.alts(key),
              open.and(c -> c.has(Origin.ESCO_CONCEPT))
                  .and(c -> !labelKeys.contains(Taxonomy.normalize(c.primary().label()))));
      join(r, byName.or(() -> byAlt), byName.isPresent() ? "name" : "alt");
    }
  }

  void addOnetElements(List<SourceRecord> records) {
    List<SourceRecord> ordered = new ArrayList<>(records);
    ordered.sort(
        Comparator.comparing((SourceRecord r) -> r.type() != SkillType.KNOWLEDGE)
            .thenComparing(SourceRecord::id));
    for (SourceRecord r : ordered) {
      String key = Taxonomy.normalize(r.label());
      Comparator<Cluster> sameTypeFirst = Comparator.comparing(c -> c.type() != r.type());
      join(r, best(index.names(key), c -> !c.hasOnet(), key, sameTypeFirst), "name");
    }
  }

  /** Technologies and tools: all name matches first, then alt-label matches. */
  void addOnetExamples(List<SourceRecord> records) {
    List<SourceRecord> lone = new ArrayList<>();
    for (SourceRecord r : records) {
      Optional<Cluster> target =
          best(index.names(Taxonomy.normalize(r.label())), c -> !c.hasOnet(), r.label());
      if (target.isPresent()) {
        join(r, target, "name");
      } else {
        lone.add(r);
      }
    }
    for (SourceRecord r : lone) {
      join(r, altTarget(Taxonomy.normalize(r.label()), r.label(), c -> !c.hasOnet()), "alt");
    }
  }

  /**
   * The single ESCO concept listing {@code key} as an alt label, named with a capital (ESCO's way
   * of writing a product or language, "Eclipse (integrated development environment software)",
   * where generic concepts are in lower case, "web services"), whose core fits the label.
   */
  Optional<Cluster> altTarget(String key, String label, Predicate<Cluster> open) {
    return single(
        index.alts(key),
        open.and(c -> c.has(Origin.ESCO_CONCEPT))
            .and(c -> named(c.uriRecord().orElseThrow().label()))
            .and(c -> overlaps(label, Cluster.core(c.uriRecord().orElseThrow().label()))));
  }

  private static boolean named(String label) {
    return !label.isEmpty() && Character.isUpperCase(label.codePointAt(0));
  }

  /** Whether the words of one label are a contiguous run of the words of the other. */
  static boolean overlaps(String a, String b) {
    List<String> x = words(a);
    List<String> y = words(b);
    return !x.isEmpty() && !y.isEmpty() && (contains(x, y) || contains(y, x));
  }

  private static List<String> words(String label) {
    return List.of(Taxonomy.normalize(label).split("[^\\p{L}\\p{N}+#]+")).stream()
        .filter(w -> !w.isEmpty())
        .map(w -> w.toLowerCase(Locale.ROOT))
        .toList();
  }

  private static boolean contains(List<String> outer, List<String> inner) {
    return java.util.Collections.indexOfSubList(outer, inner) >= 0;
  }

  /**
   * Among open candidates: an exact preferred-label match before a core match, a collection concept
   * before a group or a bare label, then the smaller id; {@code first} goes before all.
   */
  private static Optional<Cluster> best(
      List<Cluster> candidates, Predicate<Cluster> open, String label) {
    return best(candidates, open, label, Comparator.comparing(c -> 0));
  }

  private static Optional<Cluster> best(
      List<Cluster> candidates, Predicate<Cluster> open, String label, Comparator<Cluster> first) {
    String key = Taxonomy.normalize(label);
    return candidates.stream()
        .filter(open)
        .min(
            first
                .thenComparing(c -> !key.equals(Taxonomy.normalize(c.primary().label())))
                .thenComparing(c -> !c.has(Origin.ESCO_CONCEPT))
                .thenComparing(Cluster::id));
  }

  private static Optional<Cluster> single(List<Cluster> candidates, Predicate<Cluster> open) {
    List<Cluster> fit = candidates.stream().filter(open).toList();
    return fit.size() == 1 ? Optional.of(fit.get(0)) : Optional.empty();
  }

  private void join(SourceRecord r, Optional<Cluster> target, String how) {
    if (target.isEmpty()) {
      newCluster(r);
      return;
    }
    Cluster c = target.get();
    counter.add("merged " + r.origin() + " into " + c.primary().origin() + " by " + how);
    c.absorb(r);
    index.add(c, r);
  }

  private void newCluster(SourceRecord r) {
    Cluster c = new Cluster(r);
    clusters.add(c);
    index.add(c, r);
  }

  List<Cluster> clusters() {
    return clusters;
  }

  LabelIndex index() {
    return index;
  }
}
