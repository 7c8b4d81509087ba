package org.credmatch.skills;

import org.credmatch.ner.SkillSpanFinder;
import org.credmatch.taxonomy.Taxonomy;

/** Builds {@link SkillExtractor}s. Stateless and thread-safe. */
public final class SkillExtractors {

  private SkillExtractors() {}

  /**
   * The default pipeline over a taxonomy.
   *
   * @param finder the trained span finder, or null for taxonomy matching alone
   */
  public static SkillExtractor create(
      Taxonomy taxonomy, ExtractionConfig config, SkillSpanFinder finder) {
    return new DefaultSkillExtractor(taxonomy, config, finder);
  }

  /** The default pipeline over the shipped taxonomy and settings, without the span model. */
  public static SkillExtractor createDefault() {
    return create(Taxonomy.loadDefault(), ExtractionConfig.loadDefault(), null);
  }
}
