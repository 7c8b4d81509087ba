package org.credmatch.skills;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How strongly a job ad asks for a skill. */
public enum Requirement {
  REQUIRED,
  PREFERRED,
  MENTIONED;

  @JsonValue
  public String json() {
    return name().toLowerCase(Locale.ROOT);
  }
}
