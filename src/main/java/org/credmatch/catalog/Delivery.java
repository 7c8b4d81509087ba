package org.credmatch.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * How a program is delivered.
 *
 * @param mode online, hybrid or in person; null when unknown
 * @param pacing self-paced or instructor-led; null when unknown
 */
public record Delivery(Mode mode, Pacing pacing) {
  public static final Delivery UNKNOWN = new Delivery(null, null);

  /** Where the learning happens. */
  public enum Mode {
    ONLINE,
    HYBRID,
    IN_PERSON;

    @JsonValue
    public String json() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @JsonCreator
    public static Mode parse(String value) {
      return valueOf(Codes.constant(value));
    }
  }

  /** Who sets the pace. */
  public enum Pacing {
    SELF_PACED,
    INSTRUCTOR_LED;

    @JsonValue
    public String json() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @JsonCreator
    public static Pacing parse(String value) {
      return valueOf(Codes.constant(value));
    }
  }
}
