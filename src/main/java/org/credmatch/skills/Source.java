package org.credmatch.skills;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * How a skill was found: by the taxonomy matcher, the trained name-finder model, or among the
 * catalog's own labels.
 */
public enum Source {
  TAXONOMY,
  MODEL,
  /** A skill label of the catalog being searched, found in the text (ranking only). */
  CATALOG;

  @JsonValue
  public String json() {
    return name().toLowerCase(Locale.ROOT);
  }
}
