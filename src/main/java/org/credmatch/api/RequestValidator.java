package org.credmatch.api;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.credmatch.catalog.CredentialType;
import org.credmatch.catalog.Delivery;
import org.credmatch.catalog.Level;
import org.credmatch.search.Filters;
import org.credmatch.search.RankingConfig;
import org.credmatch.search.RecommendationRequest;
import org.credmatch.search.StackLimits;

/**
 * Checks request bodies and turns them into search requests; every refusal names the field and what
 * is allowed. Immutable; thread-safe.
 */
final class RequestValidator {

  private static final Set<String> DELIVERY = codes(Delivery.Mode.values());
  private static final Set<String> LEVEL = codes(Level.values());
  private static final Set<String> TYPE = codes(CredentialType.values());

  private final RankingConfig.Limits limits;

  RequestValidator(RankingConfig.Limits limits) {
    this.limits = limits;
  }

  RecommendationRequest recommendation(RecommendationBody body) {
    String text = text("text", body.text());
    if (body.resume() != null) {
      checkLength("resume", body.resume());
    }
    int limit = body.limit() == null ? limits.defaultLimit() : body.limit();
    int offset = body.offset() == null ? 0 : body.offset();
    checkPage(limit, offset);
    return new RecommendationRequest(
        text, body.resume(), filters(body.filters()), stack(body.stack()), limit, offset);
  }

  /** The text of a request: present, not blank, within the size limit. */
  String text(String field, String text) {
    if (text == null || text.isBlank()) {
      throw ApiException.badRequest(
          "'" + field + "' is required and must not be empty: paste the job ad text");
    }
    checkLength(field, text);
    return text;
  }

  void checkPage(int limit, int offset) {
    if (limit < 1 || limit > limits.maxLimit()) {
      throw ApiException.badRequest(
          "'limit' must be between 1 and " + limits.maxLimit() + ", was " + limit);
    }
    if (offset < 0 || offset > 10_000) {
      throw ApiException.badRequest("'offset' must be between 0 and 10000, was " + offset);
    }
  }

  private void checkLength(String field, String text) {
    if (text.length() > limits.maxTextChars()) {
      throw new ApiException(
          413,
          "Text too large",
          "'"
              + field
              + "' has "
              + text.length()
              + " characters; the limit is "
              + limits.maxTextChars()
              + ": send the job ad without attachments or boilerplate");
    }
  }

  Filters filters(RecommendationBody.FilterBody f) {
    if (f == null) {
      return Filters.NONE;
    }
    nonNegative("filters.maxCost", f.maxCost());
    nonNegative("filters.maxHours", f.maxHours());
    return new Filters(
        f.maxCost(),
        f.free(),
        f.maxHours(),
        oneOf("filters.delivery", f.delivery(), DELIVERY),
        oneOf("filters.level", f.level(), LEVEL),
        f.provider(),
        oneOf("filters.type", f.type(), TYPE),
        f.language());
  }

  private StackLimits stack(RecommendationBody.StackBody s) {
    if (s == null) {
      return StackLimits.NONE;
    }
    nonNegative("stack.maxHours", s.maxHours());
    nonNegative("stack.maxCost", s.maxCost());
    if (s.delivery() != null) {
      oneOf("stack.delivery", List.of(s.delivery()), DELIVERY);
    }
    return new StackLimits(
        s.maxHours(), s.maxCost(), s.delivery(), Boolean.TRUE.equals(s.freeOnly()));
  }

  private static void nonNegative(String field, Double value) {
    if (value != null && (value < 0 || value.isNaN())) {
      throw ApiException.badRequest("'" + field + "' must be zero or more, was " + value);
    }
  }

  static List<String> oneOf(String field, List<String> values, Set<String> allowed) {
    if (values == null) {
      return List.of();
    }
    for (String v : values) {
      if (v == null || !allowed.contains(v)) {
        throw ApiException.badRequest(
            "'"
                + field
                + "' has unknown value '"
                + v
                + "'; allowed: "
                + String.join(", ", allowed.stream().sorted().toList()));
      }
    }
    return values;
  }

  static Set<String> codes(Enum<?>[] values) {
    return Arrays.stream(values)
        .map(v -> v.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))
        .collect(Collectors.toUnmodifiableSet());
  }
}
