package org.credmatch.catalog;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Checks a credential's facts: id, title, provider, type and url are required; the url is an
 * absolute http(s) URL with a host; the id has no spaces; amounts are not negative; hours, when
 * present, are positive and finite; the currency is three capital letters; the language looks like
 * a BCP 47 tag ("en", "pt-BR"); every skill has a label. All errors of a record are collected.
 * Thread-safe (stateless).
 */
public final class CredentialValidator {

  /**
   * One problem with one field.
   *
   * @param field the credential field ("url", "cost", "skills"...)
   * @param message what is wrong, for a person to fix
   */
  public record Violation(String field, String message) {}

  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");
  private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
  private static final Pattern SPACE = Pattern.compile("\\s");

  /** Every problem found, in field order; empty when the credential is valid. */
  public List<Violation> validate(Credential c) {
    List<Violation> errors = new ArrayList<>();
    required(errors, "id", c.id());
    if (c.id() != null && SPACE.matcher(c.id()).find()) {
      errors.add(v("id", "id must not contain spaces ('" + c.id() + "')"));
    }
    required(errors, "title", c.title());
    required(errors, "provider", c.provider());
    if (c.type() == null) {
      errors.add(v("type", "type is required"));
    }
    if (required(errors, "url", c.url()) && !isWebUrl(c.url())) {
      errors.add(v("url", "url must be an absolute http(s) URL ('" + c.url() + "')"));
    }
    checkDuration(errors, c.duration());
    checkCost(errors, c.cost());
    if (c.language() != null && !LANGUAGE.matcher(c.language()).matches()) {
      errors.add(
          v("language", "language must be a language code such as 'en' ('" + c.language() + "')"));
    }
    if (c.skills().stream().anyMatch(s -> s == null || s.label() == null || s.label().isBlank())) {
      errors.add(v("skills", "every skill needs a label"));
    }
    return errors;
  }

  private static Violation v(String field, String message) {
    return new Violation(field, message);
  }

  private static boolean required(List<Violation> errors, String field, String value) {
    if (value == null || value.isBlank()) {
      errors.add(v(field, field + " is required"));
      return false;
    }
    return true;
  }

  private static boolean isWebUrl(String url) {
    try {
      URI uri = new URI(url.strip());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("http") || scheme.equals("https"))
          && uri.getHost() != null
          && !uri.getHost().isBlank();
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private static void checkDuration(List<Violation> errors, Duration d) {
    if (d.hours() != null && !(d.hours() > 0 && Double.isFinite(d.hours()))) {
      errors.add(v("duration", "duration hours must be greater than 0 (" + d.hours() + ")"));
    }
  }

  private static void checkCost(List<Violation> errors, Cost cost) {
    if (cost.amount() != null && !(cost.amount() >= 0 && Double.isFinite(cost.amount()))) {
      errors.add(v("cost", "cost amount must not be negative (" + cost.amount() + ")"));
    }
    if (cost.certificatePrice() != null
        && !(cost.certificatePrice() >= 0 && Double.isFinite(cost.certificatePrice()))) {
      errors.add(
          v("cost", "certificate price must not be negative (" + cost.certificatePrice() + ")"));
    }
    if (cost.currency() != null && !CURRENCY.matcher(cost.currency()).matches()) {
      errors.add(
          v("cost", "currency must be an ISO 4217 code such as 'USD' ('" + cost.currency() + "')"));
    }
  }
}
