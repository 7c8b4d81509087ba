package org.credmatch.cli;

import java.io.PrintStream;
import org.credmatch.ner.OpenNlpSkillSpanFinder;
import org.credmatch.skills.ExtractionConfig;
import org.credmatch.skills.SkillExtractor;
import org.credmatch.skills.SkillExtractors;
import org.credmatch.taxonomy.Taxonomy;

/** Builds the shipped extraction pipeline: taxonomy matcher plus the trained span model. */
final class Extractors {

  private Extractors() {}

  static SkillExtractor load(Taxonomy taxonomy, PrintStream log) {
    long start = System.nanoTime();
    SkillExtractor extractor =
        SkillExtractors.create(
            taxonomy, ExtractionConfig.loadDefault(), OpenNlpSkillSpanFinder.loadDefault());
    log.printf(
        "Extractor ready: %,d taxonomy skills, in %d ms%n",
        taxonomy.size(), (System.nanoTime() - start) / 1_000_000);
    return extractor;
  }
}
