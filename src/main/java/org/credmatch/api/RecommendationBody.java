package org.credmatch.api;

import java.util.List;

/**
 * JSON body of {@code POST /api/v1/recommendations}. Unknown fields are rejected.
 *
 * @param text the job ad (required)
 * @param resume optional résumé text
 * @param limit results per page (default from ranking.json)
 * @param offset results to skip (default 0)
 * @param filters optional result filters
 * @param stack optional stack limits
 */
record RecommendationBody(
    String text,
    String resume,
    Integer limit,
    Integer offset,
    FilterBody filters,
    StackBody stack) {

  /**
   * Filters as sent.
   *
   * @param maxCost highest price
   * @param free only free programs
   * @param maxHours longest duration in hours
   * @param delivery delivery modes
   * @param level levels
   * @param provider providers
   * @param type credential types
   * @param language language codes
   */
  record FilterBody(
      Double maxCost,
      Boolean free,
      Double maxHours,
      List<String> delivery,
      List<String> level,
      List<String> provider,
      List<String> type,
      List<String> language) {}

  /**
   * Stack limits as sent.
   *
   * @param maxHours most total hours
   * @param maxCost most total cost
   * @param delivery one delivery mode
   * @param freeOnly only free programs
   */
  record StackBody(Double maxHours, Double maxCost, String delivery, Boolean freeOnly) {}
}
