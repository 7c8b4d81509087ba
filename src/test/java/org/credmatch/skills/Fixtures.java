package org.credmatch.skills;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.credmatch.ner.SkillSpanFinder;
import org.junit.jupiter.api.Assumptions;

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

  /** The committed job ads of the tests and benchmarks, each as one text. */
  static List<String> committedAds() {
    List<String> ads = new ArrayList<>();
    for (String resource :
        List.of(
            "/skills/ad-600-words.md",
            "/bench/ad-300-words.md",
            "/bench/ad-1500-words.md",
            "/e2e/data-analyst-ad.txt",
            "/load/ads.txt")) {
      try (InputStream in = Fixtures.class.getResourceAsStream(resource)) {
        ads.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return ads;
  }

  /**
   * The texts of the catalog source files in {@code ../shared/data/catalog-sources}; skips the
   * calling test, saying so, where that folder is absent.
   */
  static List<String> catalogSourceTexts() throws IOException {
    Path dir = Path.of(System.getProperty("credmatch.shared", "../shared/data"), "catalog-sources");
    Assumptions.assumeTrue(
        Files.isDirectory(dir), "../shared/data absent: skipping the check over catalog sources");
    List<String> texts = new ArrayList<>();
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path f : s.filter(p -> p.toString().endsWith(".csv")).sorted().toList()) {
        texts.add(Files.readString(f, StandardCharsets.UTF_8));
      }
    }
    return texts;
  }
}
