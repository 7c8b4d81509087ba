package org.credmatch.catalog.importer.fields;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.credmatch.catalog.Cost;

/**
 * Reads published prices into {@link Cost} facts. Understood forms: edX's "FREE-Add a Verified
 * Certificate for $49 USD" (free to take, certificate sold for 49 USD), plain amounts with a symbol
 * or an ISO code ("$49.99", "49 EUR", "EUR 1,200", "£30"), and "Free". A currency code wins over a
 * symbol; "$" alone is read as USD. Thread-safe (stateless).
 */
public final class PriceParser {

  private static final Map<String, String> SYMBOLS =
      Map.of("$", "USD", "US$", "USD", "€", "EUR", "£", "GBP", "₹", "INR");
  private static final Pattern AMOUNT =
      Pattern.compile(
          "(US\\$|[$€£₹]|\\b[A-Z]{3}\\b)?\\s*(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)"
              + "\\s*([A-Z]{3}\\b)?");
  private static final Pattern FREE =
      Pattern.compile("\\bfree\\b|\\bno cost\\b|^\\s*gratis\\s*$", Pattern.CASE_INSENSITIVE);
  private static final Pattern CERTIFICATE =
      Pattern.compile("certificate", Pattern.CASE_INSENSITIVE);

  private PriceParser() {}

  /**
   * Parses a price text.
   *
   * @return the cost, {@link Cost#UNKNOWN} for a blank text, or empty when the text cannot be read
   */
  public static Optional<Cost> parse(String text) {
    if (text == null || text.isBlank()) {
      return Optional.of(Cost.UNKNOWN);
    }
    boolean free = FREE.matcher(text).find();
    Optional<Money> money = money(text);
    if (free) {
      Double certificate =
          money.filter(m -> CERTIFICATE.matcher(text).find()).map(Money::amount).orElse(null);
      return Optional.of(new Cost(0.0, money.map(Money::currency).orElse(null), true, certificate));
    }
    return money.map(m -> new Cost(m.amount(), m.currency(), m.amount() == 0, null));
  }

  /** An amount with its currency (null when none is given). */
  private record Money(double amount, String currency) {}

  private static Optional<Money> money(String text) {
    Matcher m = AMOUNT.matcher(text);
    if (!m.find()) {
      return Optional.empty();
    }
    double amount = Double.parseDouble(m.group(2).replace(",", ""));
    String currency = m.group(3) != null ? m.group(3) : currency(m.group(1));
    return Optional.of(new Money(amount, currency));
  }

  private static String currency(String prefix) {
    if (prefix == null) {
      return null;
    }
    String symbol = SYMBOLS.get(prefix);
    return symbol != null ? symbol : prefix.toUpperCase(Locale.ROOT);
  }
}
