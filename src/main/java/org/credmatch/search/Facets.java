package org.credmatch.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.credmatch.catalog.Credential;

/** Counts ranked programs per facet value for a filter UI. Stateless; thread-safe. */
final class Facets {

  private static final Map<String, Function<Credential, String>> FACETS =
      Map.of(
          "provider",
          Credential::provider,
          "type",
          c -> c.type() == null ? null : c.type().json(),
          "level",
          c -> c.level() == null ? null : c.level().json(),
          "delivery",
          c -> c.delivery().mode() == null ? null : c.delivery().mode().json(),
          "language",
          Credential::language,
          "cost",
          Facets::costBand);

  private Facets() {}

  static Map<String, Map<String, Integer>> count(List<Candidate> candidates) {
    Map<String, Map<String, Integer>> out = new HashMap<>();
    FACETS.forEach(
        (facet, value) -> {
          Map<String, Integer> counts = new HashMap<>();
          for (Candidate c : candidates) {
            String v = value.apply(c.credential());
            counts.merge(v == null ? "unknown" : v, 1, Integer::sum);
          }
          out.put(facet, counts);
        });
    return Recommendation.sortedFacets(out);
  }

  /** Price band: free, under-50, 50-200, 200-500, over-500 or unknown. */
  static String costBand(Credential c) {
    Double cost = StackBuilder.cost(c);
    if (cost == null) {
      return "unknown";
    }
    if (cost == 0) {
      return "free";
    }
    if (cost < 50) {
      return "under-50";
    }
    if (cost < 200) {
      return "50-200";
    }
    return cost <= 500 ? "200-500" : "over-500";
  }
}
