package org.credmatch.taxonomy;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What kind of thing a taxonomy skill is. Serialised in lower case ("tool", "knowledge"...). */
public enum SkillType {
  /** A body of knowledge: "statistics", O*NET Knowledge areas. */
  KNOWLEDGE,
  /** A skill or competence: "negotiate contracts", O*NET Skills. */
  SKILL,
  /** A tool or technology: "Python", "Tableau", O*NET Technology Skills and Tools. */
  TOOL,
  /** Transversal (soft) skills: "think critically". */
  TRANSVERSAL,
  /** A natural language: "French". */
  LANGUAGE;

  @JsonValue
  public String json() {
    return name().toLowerCase(Locale.ROOT);
  }

  @JsonCreator
  public static SkillType parse(String value) {
    return valueOf(value.trim().toUpperCase(Locale.ROOT));
  }
}
