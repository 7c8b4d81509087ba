package org.credmatch.api;

import io.javalin.http.Context;
import java.util.Arrays;
import java.util.List;
import org.credmatch.search.Filters;

/** Reads typed query-string parameters, refusing bad ones by name. Stateless. */
final class QueryParams {

  private QueryParams() {}

  /** Comma-separated or repeated values of a parameter, trimmed, empty ones dropped. */
  static List<String> list(Context ctx, String name) {
    return ctx.queryParams(name).stream()
        .flatMap(v -> Arrays.stream(v.split(",")))
        .map(String::strip)
        .filter(v -> !v.isEmpty())
        .toList();
  }

  /** Repeated values of a parameter, not split on commas (provider names contain them). */
  static List<String> repeated(Context ctx, String name) {
    return ctx.queryParams(name).stream().map(String::strip).filter(v -> !v.isEmpty()).toList();
  }

  static Integer integer(Context ctx, String name) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(v.strip());
    } catch (NumberFormatException e) {
      throw ApiException.badRequest("'" + name + "' must be a whole number, was '" + clip(v) + "'");
    }
  }

  static Double number(Context ctx, String name) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return null;
    }
    try {
      return Double.valueOf(v.strip());
    } catch (NumberFormatException e) {
      throw ApiException.badRequest("'" + name + "' must be a number, was '" + clip(v) + "'");
    }
  }

  static Boolean bool(Context ctx, String name) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return null;
    }
    return switch (v.strip()) {
      case "true" -> Boolean.TRUE;
      case "false" -> Boolean.FALSE;
      default ->
          throw ApiException.badRequest(
              "'" + name + "' must be true or false, was '" + clip(v) + "'");
    };
  }

  /** Filters from the query string, with the same names and checks as the JSON body. */
  static Filters filters(Context ctx, RequestValidator validator) {
    var body =
        new RecommendationBody.FilterBody(
            number(ctx, "maxCost"),
            bool(ctx, "free"),
            number(ctx, "maxHours"),
            list(ctx, "delivery"),
            list(ctx, "level"),
            repeated(ctx, "provider"),
            list(ctx, "type"),
            list(ctx, "language"));
    return validator.filters(body);
  }

  private static String clip(String v) {
    return v.length() > 40 ? v.substring(0, 40) + "..." : v;
  }
}
