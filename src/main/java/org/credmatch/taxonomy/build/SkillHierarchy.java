package org.credmatch.taxonomy.build;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.credmatch.taxonomy.SkillType;
import org.credmatch.taxonomy.build.EscoSource.Placement;

/**
 * Reads ESCO's {@code skillsHierarchy_en.csv}: for each skill group, the type given by its root (S
 * skills, K knowledge, T transversal, L language) and its parent's label. Stateless and
 * thread-safe.
 */
final class SkillHierarchy {

  private static final int LEVELS = 4;

  private SkillHierarchy() {}

  static Map<String, Placement> read(Path file) throws IOException {
    var rows = Tables.csv(file, "Level 0 URI", "Level 0 preferred term", "Level 0 code");
    Map<String, Placement> placements = new HashMap<>();
    for (Tables.Row row : rows) {
      int deepest = 0;
      for (int level = 1; level < LEVELS; level++) {
        if (!row.get("Level " + level + " URI").isBlank()) {
          deepest = level;
        }
      }
      String uri = row.get("Level " + deepest + " URI").strip();
      String parent =
          deepest == 0 ? null : row.get("Level " + (deepest - 1) + " preferred term").strip();
      placements.put(uri, new Placement(rootType(row.get("Level 0 code").strip()), parent));
    }
    return placements;
  }

  private static SkillType rootType(String code) {
    return switch (code) {
      case "K" -> SkillType.KNOWLEDGE;
      case "T" -> SkillType.TRANSVERSAL;
      case "L" -> SkillType.LANGUAGE;
      default -> SkillType.SKILL;
    };
  }
}
