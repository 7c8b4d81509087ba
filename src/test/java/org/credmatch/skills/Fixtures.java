package org.credmatch.skills;

import java.util.List;
import org.credmatch.ner.SkillSpanFinder;

/** Extractors shared by the tests: loading the OpenNLP models once keeps the suite fast. */
final class Fixtures {

  private static final class Holder {
    static final ExtractionConfig CONFIG = ExtractionConfig.loadDefault();
    static final DefaultSkillExtractor EXTRACTOR =
        new DefaultSkillExtractor(TestTaxonomy.small(), CONFIG, null);
  }

  private Fixtures() {}

  static ExtractionConfig config() {
    return Holder.CONFIG;
  }

  /** The default config over the small test taxonomy, without a span model. */
  static DefaultSkillExtractor extractor() {
    return Holder.EXTRACTOR;
  }

  static DefaultSkillExtractor withFinder(SkillSpanFinder finder) {
    return new DefaultSkillExtractor(TestTaxonomy.small(), config(), finder);
  }

  /** The ids found in a text, in result order. */
  static List<String> ids(String text) {
    return extractor().extract(text).skills().stream().map(ExtractedSkill::id).toList();
  }

  static ExtractedSkill skill(Extraction e, String id) {
    return e.skills().stream()
        .filter(s -> id.equals(s.id()))
        .findFirst()
        .orElseThrow(() -> new AssertionError(id + " not in " + e.skills()));
  }
}
