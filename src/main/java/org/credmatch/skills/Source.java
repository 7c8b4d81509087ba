package org.credmatch.skills;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How a skill was found: by the taxonomy matcher or by the trained name-finder model. */
public enum Source {
  TAXONOMY,
  MODEL;

  @JsonValue
  public String json() {
    return name().toLowerCase(Locale.ROOT);
  }
}
