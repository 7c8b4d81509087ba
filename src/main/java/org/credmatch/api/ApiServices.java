package org.credmatch.api;

import java.util.List;
import org.credmatch.search.RankingConfig;
import org.credmatch.search.ServingCatalog;
import org.credmatch.skills.SkillExtractor;
import org.credmatch.taxonomy.Taxonomy;

/**
 * What the HTTP API serves from: built once at start; every part is thread-safe.
 *
 * @param catalog the served catalog (index, recommender, suggester), swappable by admin batches
 * @param extractor the skill extractor
 * @param taxonomy the skill taxonomy, for skill look-ups
 * @param ranking ranking configuration (request limits among it)
 * @param corsOrigins origins allowed to call the API from a browser (empty: none)
 * @param admin the admin API's key and helpers, {@link AdminServices#OFF} to turn it off
 */
public record ApiServices(
    ServingCatalog catalog,
    SkillExtractor extractor,
    Taxonomy taxonomy,
    RankingConfig ranking,
    List<String> corsOrigins,
    AdminServices admin) {

  public ApiServices {
    corsOrigins = List.copyOf(corsOrigins);
    admin = admin == null ? AdminServices.OFF : admin;
  }

  /** Services without the admin API. */
  public ApiServices(
      ServingCatalog catalog,
      SkillExtractor extractor,
      Taxonomy taxonomy,
      RankingConfig ranking,
      List<String> corsOrigins) {
    this(catalog, extractor, taxonomy, ranking, corsOrigins, AdminServices.OFF);
  }
}
