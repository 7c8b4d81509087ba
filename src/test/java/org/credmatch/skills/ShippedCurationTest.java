package org.credmatch.skills;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.credmatch.ner.OpenNlpSkillSpanFinder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped deny list ({@code index-config/curation/deny.txt}) with the shipped span model: each
 * phrase it lists is extracted without it, from sentences of the kind found in SkillSpan postings,
 * and no longer with it.
 */
class ShippedCurationTest {

  /** A sentence and the soft phrase the span model finds in it. */
  private static final Map<String, String> SOFT_PHRASES =
      Map.of(
          "You are a team player with strong Python skills.", "team player",
          "You are hardworking and reliable.", "hardworking",
          "Applicants should be ambitious and hard working.", "hard working",
          "You are intelligent, motivated and hard-working.", "motivated",
          "You are passionate and curious.", "passionate",
          "The ideal candidate will be enthusiastic.", "enthusiastic",
          "You are driven and curious.", "driven");

  private static CuratedExtractor extractor;
  private static Curation shippedDenyList;

  @BeforeAll
  static void build() {
    extractor =
        SkillExtractors.create(
            TestTaxonomy.small(),
            Fixtures.config(),
            OpenNlpSkillSpanFinder.loadDefault(),
            Curation.EMPTY);
    shippedDenyList = new Curation(CurationFiles.loadPackaged().deny(), List.of(), List.of());
  }

  private static List<String> mentions(String text) {
    return extractor.extract(text).skills().stream()
        .flatMap(s -> s.mentions().stream())
        .map(m -> m.text().toLowerCase(Locale.ROOT))
        .toList();
  }

  @Test
  void shippedDenyListStopsSoftPhrasesTheSpanModelFinds() {
    extractor.apply(Curation.EMPTY);
    SOFT_PHRASES.forEach((text, phrase) -> assertThat(mentions(text)).as(text).contains(phrase));

    extractor.apply(shippedDenyList);

    SOFT_PHRASES.forEach(
        (text, phrase) -> assertThat(mentions(text)).as(text).doesNotContain(phrase));
    assertThat(mentions("You are a team player with strong Python skills."))
        .containsExactly("python");
  }

  @Test
  void everyShippedDenyEntryIsBackedByASentenceAbove() {
    assertThat(shippedDenyList.deny())
        .map(phrase -> phrase.replace('-', ' '))
        .containsExactlyInAnyOrderElementsOf(SOFT_PHRASES.values());
  }
}
