package org.credmatch.taxonomy.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.credmatch.taxonomy.SkillType;
import org.credmatch.taxonomy.build.SourceRecord.Origin;

/**
 * Reads ESCO: the v1.2.0 skill collections and skill groups (with URIs and alt labels) and the
 * v1.1.0 preferred-label list. Stateless and thread-safe.
 */
final class EscoSource {

  static final String LABEL_PREFIX = "esco110:";

  private static final Pattern ALT_SEPARATOR = Pattern.compile(" \\| |\\r?\\n");
  private static final Pattern RESIDUAL_GROUP =
      Pattern.compile(
          "not further defined|not elsewhere classified"
              + "|^inter-disciplinary programmes and qualifications|^generic programmes");

  private EscoSource() {}

  /** One concept gathered across the collections that list it. */
  private static final class Concept {
    String label;
    final Set<String> altLabels = new LinkedHashSet<>();
    final Set<String> collections = new LinkedHashSet<>();
    String skillType = "";
    String group;
  }

  /**
   * The skills of the collections, one record per URI. Type: language collection {@code LANGUAGE},
   * transversal collection {@code TRANSVERSAL}, otherwise the skill type column (knowledge or
   * skill/competence, empty as skill).
   */
  static List<SourceRecord> collections(Path escoDir, Map<String, String> groupLabels)
      throws IOException {
    Map<String, Concept> byUri = new TreeMap<>();
    for (String name : TaxonomySources.COLLECTIONS) {
      for (Tables.Row row : readCollection(escoDir.resolve(name))) {
        Concept c = byUri.computeIfAbsent(row.get("conceptUri").strip(), k -> new Concept());
        if (c.label == null) {
          c.label = row.get("preferredLabel").strip();
          c.group = group(row, groupLabels);
        }
        c.altLabels.addAll(splitLabels(row.get("altLabels")));
        c.collections.add(name);
        if (c.skillType.isEmpty()) {
          c.skillType = row.get("skillType").strip();
        }
      }
    }
    return byUri.entrySet().stream().map(e -> record(e.getKey(), e.getValue())).toList();
  }

  private static SourceRecord record(String uri, Concept c) {
    return new SourceRecord(
        Origin.ESCO_CONCEPT,
        uri,
        c.label,
        List.copyOf(c.altLabels),
        type(c),
        false,
        c.group,
        List.of(uri),
        0);
  }

  private static List<Tables.Row> readCollection(Path file) throws IOException {
    return Tables.csv(
        file,
        "conceptUri",
        "preferredLabel",
        "skillType",
        "altLabels",
        "broaderConceptUri",
        "broaderConceptPT");
  }

  private static SkillType type(Concept c) {
    if (c.collections.contains("languageSkillsCollection_en.csv")) {
      return SkillType.LANGUAGE;
    }
    if (c.collections.contains("transversalSkillsCollection_en.csv")) {
      return SkillType.TRANSVERSAL;
    }
    return "knowledge".equals(c.skillType) ? SkillType.KNOWLEDGE : SkillType.SKILL;
  }

  /** The first broader concept that is a skill group, else the first broader label. */
  private static String group(Tables.Row row, Map<String, String> groupLabels) {
    String[] uris = row.get("broaderConceptUri").split(" \\| ");
    for (String uri : uris) {
      String label = groupLabels.get(uri.strip());
      if (label != null) {
        return label;
      }
    }
    String first = row.get("broaderConceptPT").split(" \\| ")[0].strip();
    return first.isEmpty() ? null : first;
  }

  static List<String> splitLabels(String cell) {
    return ALT_SEPARATOR
        .splitAsStream(cell)
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .distinct()
        .toList();
  }

  /** Skill-group URI to preferred label, for every group of the skill pillar. */
  static Map<String, String> groupLabels(Path escoDir) throws IOException {
    Map<String, String> labels = new LinkedHashMap<>();
    for (Tables.Row row : readGroups(escoDir)) {
      labels.put(row.get("conceptUri").strip(), row.get("preferredLabel").strip());
    }
    return labels;
  }

  private static List<Tables.Row> readGroups(Path escoDir) throws IOException {
    return Tables.csv(
        escoDir.resolve("skillGroups_en.csv"), "conceptUri", "preferredLabel", "altLabels");
  }

  /**
   * The skill groups as records, typed by the top of the hierarchy they sit in (skills, knowledge,
   * transversal, language); the four roots and residual groups ("... not elsewhere classified") are
   * left out.
   */
  static List<SourceRecord> groups(Path escoDir) throws IOException {
    Map<String, Placement> placements =
        SkillHierarchy.read(escoDir.resolve("skillsHierarchy_en.csv"));
    List<SourceRecord> records = new ArrayList<>();
    for (Tables.Row row : readGroups(escoDir)) {
      String uri = row.get("conceptUri").strip();
      String label = row.get("preferredLabel").strip();
      Placement p = placements.get(uri);
      if (p == null || p.parent() == null || RESIDUAL_GROUP.matcher(label).find()) {
        continue;
      }
      records.add(
          new SourceRecord(
              Origin.ESCO_GROUP,
              uri,
              label,
              splitLabels(row.get("altLabels")),
              p.type(),
              false,
              p.parent(),
              List.of(uri),
              0));
    }
    return records;
  }

  /** Where a group sits in the skills hierarchy: the type of its root and its parent's label. */
  record Placement(SkillType type, String parent) {}

  /**
   * The ESCO v1.1.0 preferred labels (no URIs), as untyped records with {@code esco110:<slug>} ids.
   */
  static List<SourceRecord> labels110(Path file) throws IOException {
    Set<String> labels = new LinkedHashSet<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        labels.add(line.strip());
      }
    }
    Map<String, String> ids = Slugs.assign(LABEL_PREFIX, labels);
    List<SourceRecord> records = new ArrayList<>(labels.size());
    for (String label : labels) {
      String id = ids.get(label);
      records.add(
          new SourceRecord(
              Origin.ESCO_LABEL, id, label, List.of(), null, false, null, List.of(id), 0));
    }
    return records;
  }
}
