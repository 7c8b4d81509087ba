package org.credmatch.taxonomy.build;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.credmatch.taxonomy.SkillType;
import org.credmatch.taxonomy.Taxonomy;
import org.credmatch.taxonomy.build.SourceRecord.Origin;

/**
 * Reads O*NET 29.2: Technology Skills and Tools examples (one record per distinct example, with its
 * commodity classes and hot-technology flag) and the Skills and Knowledge leaves of the content
 * model. Stateless and thread-safe.
 */
final class OnetSource {

  static final String TECH_PREFIX = "onet:tech:";
  static final String TOOL_PREFIX = "onet:tool:";
  static final String ELEMENT_PREFIX = "onet:element:";
  static final String COMMODITY_PREFIX = "onet:commodity:";

  private OnetSource() {}

  /** Rows of one example, gathered across occupations. */
  private static final class Example {
    final Map<String, Integer> spellings = new TreeMap<>();
    final Map<String, Integer> codeCounts = new TreeMap<>();
    final Map<String, String> titles = new TreeMap<>();
    final java.util.Set<String> occupations = new java.util.HashSet<>();
    boolean hot;

    void add(Tables.Row row, String label, boolean hotRow) {
      spellings.merge(label, 1, Integer::sum);
      String code = row.get("Commodity Code").strip();
      codeCounts.merge(code, 1, Integer::sum);
      titles.putIfAbsent(code, row.get("Commodity Title").strip());
      occupations.add(row.get("O*NET-SOC Code").strip());
      hot |= hotRow;
    }

    SourceRecord record(Origin origin, String id) {
      List<String> sourceIds = new ArrayList<>(List.of(id));
      codeCounts.keySet().forEach(code -> sourceIds.add(COMMODITY_PREFIX + code));
      return new SourceRecord(
          origin,
          id,
          label(),
          List.of(),
          SkillType.TOOL,
          hot,
          group(),
          sourceIds,
          occupations.size());
    }

    String label() {
      return mostFrequent(spellings);
    }

    String group() {
      return titles.get(mostFrequent(codeCounts));
    }

    /** The key with the highest count; among equal counts the smallest key (map is sorted). */
    private static String mostFrequent(Map<String, Integer> counts) {
      String best = null;
      int bestCount = 0;
      for (var e : counts.entrySet()) {
        if (e.getValue() > bestCount) {
          best = e.getKey();
          bestCount = e.getValue();
        }
      }
      return best;
    }
  }

  static List<SourceRecord> technologies(Path file) throws IOException {
    var rows =
        Tables.tsv(
            file,
            "O*NET-SOC Code",
            "Example",
            "Commodity Code",
            "Commodity Title",
            "Hot Technology");
    return examples(rows, Origin.ONET_TECHNOLOGY, TECH_PREFIX);
  }

  static List<SourceRecord> tools(Path file) throws IOException {
    var rows = Tables.tsv(file, "O*NET-SOC Code", "Example", "Commodity Code", "Commodity Title");
    return examples(rows, Origin.ONET_TOOL, TOOL_PREFIX);
  }

  private static List<SourceRecord> examples(List<Tables.Row> rows, Origin origin, String prefix) {
    Map<String, Example> byKey = new TreeMap<>();
    boolean hasHot = rows.isEmpty() || rows.get(0).header().containsKey("Hot Technology");
    for (Tables.Row row : rows) {
      String label = row.get("Example").strip();
      if (!label.isEmpty()) {
        Example ex = byKey.computeIfAbsent(Taxonomy.normalize(label), k -> new Example());
        ex.add(row, label, hasHot && "Y".equals(row.get("Hot Technology").strip()));
      }
    }
    Map<String, String> ids =
        Slugs.assign(prefix, byKey.values().stream().map(Example::label).toList());
    return byKey.values().stream().map(ex -> ex.record(origin, ids.get(ex.label()))).toList();
  }

  /**
   * The leaves under 2.A and 2.B (Skills, typed {@link SkillType#SKILL}) and 2.C (Knowledge, {@link
   * SkillType#KNOWLEDGE}); the group is the parent element's name.
   */
  static List<SourceRecord> elements(Path file) throws IOException {
    Map<String, String> names = new TreeMap<>();
    for (Tables.Row row : Tables.tsv(file, "Element ID", "Element Name")) {
      names.put(row.get("Element ID").strip(), row.get("Element Name").strip());
    }
    List<SourceRecord> records = new ArrayList<>();
    for (var e : names.entrySet()) {
      String id = e.getKey();
      boolean skill = id.startsWith("2.A.") || id.startsWith("2.B.");
      if ((skill || id.startsWith("2.C.")) && isLeaf(id, names)) {
        String parent = names.get(id.substring(0, id.lastIndexOf('.')));
        SkillType type = skill ? SkillType.SKILL : SkillType.KNOWLEDGE;
        String schemeId = ELEMENT_PREFIX + id;
        records.add(
            new SourceRecord(
                Origin.ONET_ELEMENT,
                schemeId,
                e.getValue(),
                List.of(),
                type,
                false,
                parent,
                List.of(schemeId),
                0));
      }
    }
    records.sort(Comparator.comparing(SourceRecord::id));
    return records;
  }

  private static boolean isLeaf(String id, Map<String, String> names) {
    return names.keySet().stream().noneMatch(other -> other.startsWith(id + "."));
  }
}
