package org.credmatch.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Difficulty level of a program, ordered from entry to expert. */
public enum Level {
  BEGINNER,
  INTERMEDIATE,
  ADVANCED,
  MIXED;

  @JsonValue
  public String json() {
    return name().toLowerCase(Locale.ROOT);
  }

  @JsonCreator
  public static Level parse(String value) {
    return valueOf(Codes.constant(value));
  }
}
