package org.credmatch.taxonomy.build;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.credmatch.taxonomy.Skill;
import org.credmatch.taxonomy.SkillType;
import org.credmatch.taxonomy.Taxonomy;
import org.credmatch.taxonomy.build.SourceRecord.Origin;

/**
 * Source records found to be one skill, during a build. Holds at most one record of each origin
 * family (one ESCO v1.2.0 concept, one ESCO v1.1.0 label, one O*NET record), which is what keeps
 * merges from chaining. Mutable; confined to the thread running the build.
 */
final class Cluster {

  private static final Pattern QUALIFIER = Pattern.compile("\\s*\\([^()]*\\)\\s*$");

  private final List<SourceRecord> members = new ArrayList<>();
  private final List<String> derived = new ArrayList<>();

  Cluster(SourceRecord first) {
    members.add(first);
  }

  /** The record that gives the id and preferred label: URI first, then O*NET, then v1.1.0. */
  SourceRecord primary() {
    return members.stream().min(Comparator.comparingInt(Cluster::idRank)).orElseThrow();
  }

  private static int idRank(SourceRecord r) {
    return r.origin().hasUri() ? 0 : r.origin().isOnet() ? 1 : 2;
  }

  String id() {
    return primary().id();
  }

  List<SourceRecord> members() {
    return List.copyOf(members);
  }

  boolean hasOnet() {
    return members.stream().anyMatch(r -> r.origin().isOnet());
  }

  boolean has(Origin origin) {
    return members.stream().anyMatch(r -> r.origin() == origin);
  }

  boolean isOnetOnly() {
    return members.size() == 1 && hasOnet();
  }

  Optional<SourceRecord> uriRecord() {
    return members.stream().filter(r -> r.origin().hasUri()).findFirst();
  }

  void absorb(SourceRecord record) {
    members.add(record);
  }

  void absorb(Cluster other) {
    members.addAll(other.members);
    derived.addAll(other.derived);
  }

  void addDerived(String label) {
    derived.add(label);
  }

  /** The preferred label without a trailing bracketed qualifier ("Java (computer programming)"). */
  static String core(String label) {
    String core = QUALIFIER.matcher(label).replaceFirst("");
    return core.isBlank() ? label : core;
  }

  /**
   * Type precedence: an O*NET technology or tool makes it a tool; otherwise the ESCO v1.2.0 type,
   * then the O*NET element type; a lone ESCO v1.1.0 label is a skill.
   */
  SkillType type() {
    if (has(Origin.ONET_TECHNOLOGY) || has(Origin.ONET_TOOL)) {
      return SkillType.TOOL;
    }
    return uriRecord()
        .or(() -> members.stream().filter(r -> r.type() != null).findFirst())
        .map(SourceRecord::type)
        .orElse(SkillType.SKILL);
  }

  Skill toSkill() {
    SourceRecord primary = primary();
    String key = Taxonomy.normalize(primary.label());
    Map<String, String> alts = new LinkedHashMap<>();
    for (SourceRecord r : members) {
      alts.putIfAbsent(Taxonomy.normalize(r.label()), r.label());
      r.altLabels().forEach(a -> alts.putIfAbsent(Taxonomy.normalize(a), a));
    }
    derived.forEach(d -> alts.putIfAbsent(Taxonomy.normalize(d), d));
    alts.remove(key);
    alts.remove("");
    List<String> altLabels =
        alts.values().stream()
            .sorted(Comparator.comparing(Taxonomy::normalize).thenComparing(s -> s))
            .toList();
    return new Skill(
        primary.id(),
        primary.label(),
        altLabels,
        type(),
        List.copyOf(new TreeSet<>(members.stream().map(r -> r.origin().source()).toList())),
        List.copyOf(new TreeSet<>(members.stream().flatMap(r -> r.sourceIds().stream()).toList())),
        members.stream().anyMatch(SourceRecord::hot),
        group());
  }

  private String group() {
    return uriRecord()
        .map(SourceRecord::group)
        .or(() -> members.stream().map(SourceRecord::group).filter(g -> g != null).findFirst())
        .orElse(null);
  }
}
