package org.credmatch.search;

/**
 * A request for recommendations. Immutable.
 *
 * @param text the job ad (plain text, HTML or Markdown)
 * @param resume optional résumé text: skills found in it are treated as already held
 * @param filters result filters
 * @param stackLimits optional limits for the stack
 * @param limit results per page
 * @param offset results to skip
 */
public record RecommendationRequest(
    String text, String resume, Filters filters, StackLimits stackLimits, int limit, int offset) {

  public RecommendationRequest {
    filters = filters == null ? Filters.NONE : filters;
    stackLimits = stackLimits == null ? StackLimits.NONE : stackLimits;
  }

  /** A plain request: first {@code limit} results, no filters, no résumé. */
  public static RecommendationRequest of(String text, int limit) {
    return new RecommendationRequest(text, null, Filters.NONE, StackLimits.NONE, limit, 0);
  }
}
