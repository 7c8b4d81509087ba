package org.credmatch.taxonomy.build;

import java.util.List;
import org.credmatch.taxonomy.Skill;
import org.credmatch.taxonomy.SkillType;

/**
 * One concept as a single source states it, before deduplication. Immutable.
 *
 * @param origin which source and which kind of concept
 * @param id the id this concept gets when it stands alone (ESCO URI or a scheme id)
 * @param label preferred label
 * @param altLabels alternative labels given by the source
 * @param type the type the source states, null when the source states none (ESCO v1.1.0 labels)
 * @param hot O*NET hot-technology flag
 * @param group broader group label, may be null
 * @param sourceIds ids of the concept in its source
 * @param occupations how many O*NET occupations list this example (0 for other records)
 */
record SourceRecord(
    Origin origin,
    String id,
    String label,
    List<String> altLabels,
    SkillType type,
    boolean hot,
    String group,
    List<String> sourceIds,
    int occupations) {

  SourceRecord {
    altLabels = List.copyOf(altLabels);
    sourceIds = List.copyOf(sourceIds);
  }

  /** Where a record comes from; the source names are those stored in {@link Skill#sources()}. */
  enum Origin {
    /** An ESCO v1.2.0 skill of a collection, with its URI. */
    ESCO_CONCEPT("esco-1.2.0"),
    /** An ESCO v1.2.0 skill group, with its URI. */
    ESCO_GROUP("esco-1.2.0"),
    /** An ESCO v1.1.0 preferred label without a URI. */
    ESCO_LABEL("esco-1.1.0"),
    /** An O*NET content-model element: one of the 35 Skills or 33 Knowledge areas. */
    ONET_ELEMENT("onet-29.2"),
    /** An O*NET Technology Skills example. */
    ONET_TECHNOLOGY("onet-29.2"),
    /** An O*NET Tools example. */
    ONET_TOOL("onet-29.2");

    private final String source;

    Origin(String source) {
      this.source = source;
    }

    String source() {
      return source;
    }

    boolean isOnet() {
      return source.startsWith("onet");
    }

    boolean hasUri() {
      return this == ESCO_CONCEPT || this == ESCO_GROUP;
    }
  }
}
