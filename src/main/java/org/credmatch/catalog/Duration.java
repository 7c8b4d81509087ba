package org.credmatch.catalog;

/**
 * Length of a program.
 *
 * @param hours total learning hours where they could be computed, else null
 * @param text the published wording ("7 Weeks, 2-4 hours per week", "1 - 3 Months")
 */
public record Duration(Double hours, String text) {
  public static final Duration UNKNOWN = new Duration(null, null);
}
