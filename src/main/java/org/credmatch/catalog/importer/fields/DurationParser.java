package org.credmatch.catalog.importer.fields;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.credmatch.catalog.Duration;

/**
 * Turns published lengths ("1 - 3 Months", "Less Than 2 Hours", "7 Weeks" with "2–3 hours per
 * week") into total learning hours, keeping the original wording.
 *
 * <p>Rules: a range counts as its midpoint; "less than N" counts as the range 0..N (so N/2); hours
 * and minutes convert directly; weeks are multiplied by the weekly effort (the midpoint of the
 * effort text when there is one, else the caller's assumed hours per week); a month is 52/12 weeks.
 * Days and years are not converted (too ambiguous), so their hours stay unknown. Hours are rounded
 * to one decimal. Thread-safe (stateless).
 */
public final class DurationParser {

  /** Weeks in a month on average. */
  public static final double WEEKS_PER_MONTH = 52.0 / 12.0;

  private static final String NUMBER = "(\\d+(?:\\.\\d+)?)";
  private static final Pattern QUANTITY =
      Pattern.compile(
          "(?:(less than|fewer than|under|up to)\\s+)?"
              + NUMBER
              + "(?:\\s*(?:-|–|—|to)\\s*"
              + NUMBER
              + ")?\\s*(hours?|hrs?|h|minutes?|mins?|weeks?|wks?|months?|mos?)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern PER_WEEK =
      Pattern.compile("(per|a|/|each)\\s*(week|wk)|weekly", Pattern.CASE_INSENSITIVE);

  private DurationParser() {}

  /** A time unit recognised in a length. */
  public enum Unit {
    MINUTE,
    HOUR,
    WEEK,
    MONTH
  }

  /**
   * A published quantity of time.
   *
   * @param low lower bound (0 for "less than N")
   * @param high upper bound (equal to low for a single number)
   * @param unit time unit
   */
  public record Quantity(double low, double high, Unit unit) {
    public double midpoint() {
      return (low + high) / 2;
    }
  }

  /** The first quantity of time in {@code text}, if any. */
  public static Optional<Quantity> quantity(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher m = QUANTITY.matcher(text);
    if (!m.find()) {
      return Optional.empty();
    }
    double first = Double.parseDouble(m.group(2));
    double low = m.group(1) != null ? 0 : first;
    double high = m.group(3) != null ? Double.parseDouble(m.group(3)) : first;
    return Optional.of(new Quantity(Math.min(low, high), Math.max(low, high), unit(m.group(4))));
  }

  /**
   * Weekly hours of an effort text such as "2–3 hours per week" (its midpoint), or empty when the
   * text is not an hours-per-week figure.
   */
  public static Optional<Double> weeklyHours(String effort) {
    if (effort == null || !PER_WEEK.matcher(effort).find()) {
      return Optional.empty();
    }
    return quantity(effort)
        .filter(q -> q.unit() == Unit.HOUR || q.unit() == Unit.MINUTE)
        .map(q -> q.unit() == Unit.HOUR ? q.midpoint() : q.midpoint() / 60);
  }

  /**
   * Parses a length on its own, assuming {@code hoursPerWeek} for lengths in weeks or months.
   *
   * @return the hours (null when not computable) and the text as published
   */
  public static Duration parse(String text, double hoursPerWeek) {
    return parse(text, null, hoursPerWeek);
  }

  /**
   * Parses a length with its published weekly effort; the effort's midpoint replaces {@code
   * fallbackHoursPerWeek} when it can be read. The text kept is the length, followed by ", " and
   * the effort when there is one.
   */
  public static Duration parse(String length, String effort, double fallbackHoursPerWeek) {
    String text = join(length, effort);
    if (text == null) {
      return Duration.UNKNOWN;
    }
    if (length != null && PER_WEEK.matcher(length).find()) {
      return new Duration(null, text); // a weekly effort, not a total length
    }
    double perWeek = weeklyHours(effort).orElse(fallbackHoursPerWeek);
    Double hours = quantity(length).map(q -> hours(q, perWeek)).filter(h -> h > 0).orElse(null);
    return new Duration(hours, text);
  }

  private static double hours(Quantity q, double hoursPerWeek) {
    double value =
        switch (q.unit()) {
          case MINUTE -> q.midpoint() / 60;
          case HOUR -> q.midpoint();
          case WEEK -> q.midpoint() * hoursPerWeek;
          case MONTH -> q.midpoint() * WEEKS_PER_MONTH * hoursPerWeek;
        };
    return Math.round(value * 10) / 10.0;
  }

  private static Unit unit(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.startsWith("mi")) {
      return Unit.MINUTE;
    }
    if (w.startsWith("h")) {
      return Unit.HOUR;
    }
    return w.startsWith("w") ? Unit.WEEK : Unit.MONTH;
  }

  private static String join(String length, String effort) {
    String a = blankToNull(length);
    String b = blankToNull(effort);
    if (a == null) {
      return b;
    }
    return b == null ? a : a + ", " + b;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
