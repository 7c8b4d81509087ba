package org.credmatch.api;

import java.util.List;
import org.credmatch.index.CatalogIndex;
import org.credmatch.search.RankingConfig;
import org.credmatch.search.Recommender;
import org.credmatch.search.SkillSuggester;
import org.credmatch.skills.SkillExtractor;
import org.credmatch.taxonomy.Taxonomy;

/**
 * What the HTTP API serves from: built once at start, immutable, all parts thread-safe.
 *
 * @param index the open catalog index
 * @param extractor the skill extractor
 * @param recommender the ranking facade over both
 * @param taxonomy the skill taxonomy, for skill look-ups
 * @param suggester skill-name autocompletion
 * @param ranking ranking configuration (request limits among it)
 * @param corsOrigins origins allowed to call the API from a browser (empty: none)
 */
public record ApiServices(
    CatalogIndex index,
    SkillExtractor extractor,
    Recommender recommender,
    Taxonomy taxonomy,
    SkillSuggester suggester,
    RankingConfig ranking,
    List<String> corsOrigins) {

  public ApiServices {
    corsOrigins = List.copyOf(corsOrigins);
  }
}
