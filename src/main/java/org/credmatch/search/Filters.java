package org.credmatch.search;

import java.util.List;

/**
 * Filters a user sets on results. Null or empty means "no constraint". Immutable.
 *
 * @param maxCost highest price (0 keeps free programs; unknown prices are excluded when set)
 * @param free only programs that can be taken at no cost
 * @param maxHours longest duration in hours (unknown durations are excluded when set)
 * @param delivery delivery modes to keep (online, hybrid, in-person)
 * @param level levels to keep (beginner, intermediate, advanced, mixed)
 * @param provider providers to keep, exact names
 * @param type credential types to keep (course, specialization, ...)
 * @param language language codes to keep (en, es, ...)
 */
public record Filters(
    Double maxCost,
    Boolean free,
    Double maxHours,
    List<String> delivery,
    List<String> level,
    List<String> provider,
    List<String> type,
    List<String> language) {

  public static final Filters NONE = new Filters(null, null, null, null, null, null, null, null);

  public Filters {
    delivery = copy(delivery);
    level = copy(level);
    provider = copy(provider);
    type = copy(type);
    language = copy(language);
  }

  private static List<String> copy(List<String> values) {
    return values == null ? List.of() : List.copyOf(values);
  }
}
