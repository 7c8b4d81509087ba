package org.credmatch.skills;

import org.credmatch.ner.SkillSpanFinder;
import org.credmatch.taxonomy.Taxonomy;

/** Builds {@link SkillExtractor}s. Stateless and thread-safe. */
public final class SkillExtractors {

  private SkillExtractors() {}

  /**
   * The default pipeline over a taxonomy, without curation.
   *
   * @param finder the trained span finder, or null for taxonomy matching alone
   */
  public static SkillExtractor create(
      Taxonomy taxonomy, ExtractionConfig config, SkillSpanFinder finder) {
    return create(taxonomy, config, finder, Curation.EMPTY);
  }

  /**
   * The default pipeline over a taxonomy with a curation that can be replaced later ({@link
   * CuratedExtractor#apply}).
   *
   * @param finder the trained span finder, or null for taxonomy matching alone
   * @throws CurationException when {@code curation} does not fit the taxonomy
   */
  public static CuratedExtractor create(
      Taxonomy taxonomy, ExtractionConfig config, SkillSpanFinder finder, Curation curation) {
    return new CuratedExtractor(new DefaultSkillExtractor(taxonomy, config, finder), curation);
  }

  /**
   * As {@link #create(Taxonomy, ExtractionConfig, SkillSpanFinder, Curation)}, for a taxonomy and a
   * span finder (may complete with null) still loading elsewhere: the OpenNLP language models load
   * on this thread meanwhile, which shortens a cold start.
   */
  public static CuratedExtractor create(
      java.util.concurrent.CompletableFuture<Taxonomy> taxonomy,
      ExtractionConfig config,
      java.util.concurrent.CompletableFuture<? extends SkillSpanFinder> finder,
      Curation curation) {
    EnglishNlp nlp = new EnglishNlp(config.lemmaCacheSize());
    return new CuratedExtractor(
        new DefaultSkillExtractor(taxonomy.join(), config, finder.join(), nlp), curation);
  }

  /**
   * The default pipeline over the shipped taxonomy, settings and curation ({@code
   * index-config/curation}), without the span model.
   */
  public static CuratedExtractor createDefault() {
    return create(
        Taxonomy.loadDefault(), ExtractionConfig.loadDefault(), null, CurationFiles.loadPackaged());
  }
}
