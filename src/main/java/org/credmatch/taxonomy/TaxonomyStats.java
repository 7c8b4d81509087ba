package org.credmatch.taxonomy;

import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts over a compiled taxonomy: skills by type, by source, by combination of sources, and how
 * many carry the hot-technology flag. Computed from the taxonomy alone, so the figures in {@code
 * models/taxonomy/README.md} can be checked against the committed file. Immutable.
 *
 * @param total number of skills
 * @param byType skills by type
 * @param bySource skills having each source
 * @param bySources skills by their exact combination of sources ("esco-1.2.0 + onet-29.2")
 * @param hot skills with the O*NET hot-technology flag
 * @param altLabels alternative labels, all skills together
 */
public record TaxonomyStats(
    int total,
    Map<SkillType, Integer> byType,
    Map<String, Integer> bySource,
    Map<String, Integer> bySources,
    int hot,
    int altLabels) {

  public TaxonomyStats {
    byType = Map.copyOf(byType);
    bySource = Map.copyOf(bySource);
    bySources = Map.copyOf(bySources);
  }

  public static TaxonomyStats of(Taxonomy taxonomy) {
    Map<SkillType, Integer> byType = new EnumMap<>(SkillType.class);
    Map<String, Integer> bySource = new TreeMap<>();
    Map<String, Integer> bySources = new TreeMap<>();
    int hot = 0;
    int alts = 0;
    for (Skill s : taxonomy.skills()) {
      byType.merge(s.type(), 1, Integer::sum);
      s.sources().forEach(src -> bySource.merge(src, 1, Integer::sum));
      bySources.merge(String.join(" + ", s.sources()), 1, Integer::sum);
      hot += s.hot() ? 1 : 0;
      alts += s.altLabels().size();
    }
    return new TaxonomyStats(taxonomy.size(), byType, bySource, bySources, hot, alts);
  }

  /** The counts as Markdown tables, in a fixed order. */
  public String markdown() {
    StringBuilder md = new StringBuilder();
    md.append("| skills | hot technologies | alternative labels |\n|---:|---:|---:|\n");
    md.append("| ").append(total).append(" | ").append(hot).append(" | ").append(altLabels);
    md.append(" |\n\n| type | skills |\n|---|---:|\n");
    for (SkillType type : SkillType.values()) {
      md.append("| ").append(type.json()).append(" | ");
      md.append(byType.getOrDefault(type, 0)).append(" |\n");
    }
    table(md, "source", new TreeMap<>(bySource));
    table(md, "sources (merged skills carry several)", new TreeMap<>(bySources));
    return md.toString();
  }

  private static void table(StringBuilder md, String title, Map<String, Integer> rows) {
    md.append("\n| ").append(title).append(" | skills |\n|---|---:|\n");
    rows.forEach((k, v) -> md.append("| ").append(k).append(" | ").append(v).append(" |\n"));
  }
}
