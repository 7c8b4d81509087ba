package org.credmatch.skills;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.credmatch.ner.SkillSpan;
import org.credmatch.ner.SkillSpanFinder;
import org.junit.jupiter.api.Test;

class WithoutSpanModelTest {

  /** Tags every sentence's last word as a SKILL span and counts its calls. */
  static final class LastWordFinder implements SkillSpanFinder {
    final AtomicInteger calls = new AtomicInteger();

    @Override
    public List<SkillSpan> find(List<String> tokens) {
      calls.incrementAndGet();
      int last = tokens.size() - 1;
      while (last > 0 && !Character.isLetter(tokens.get(last).charAt(0))) {
        last--;
      }
      return List.of(new SkillSpan(last, last + 1, SkillSpan.Kind.SKILL, 0.9));
    }
  }

  static final String AD = "We need Python and SQL. You will also do quarterly forecasting.";

  static List<String> mentions(SkillExtractor extractor) {
    return extractor.extract(AD).skills().stream()
        .flatMap(s -> s.mentions().stream())
        .map(Mention::text)
        .toList();
  }

  @Test
  void theLeanReadingNeverRunsTheModelAndKeepsTheTaxonomyMatches() {
    var finder = new LastWordFinder();
    var full =
        SkillExtractors.create(TestTaxonomy.small(), Fixtures.config(), finder, Curation.EMPTY);
    assertThat(mentions(full)).contains("Python", "SQL", "forecasting");
    int calls = finder.calls.get();
    assertThat(calls).isPositive();

    SkillExtractor lean = full.withoutSpanModel();
    assertThat(mentions(lean)).contains("Python", "SQL").doesNotContain("forecasting");
    assertThat(finder.calls.get()).isEqualTo(calls);
  }

  @Test
  void theLeanReadingFollowsCurationChangesMadeOnTheFullOne() {
    var full =
        SkillExtractors.create(
            TestTaxonomy.small(), Fixtures.config(), new LastWordFinder(), Curation.EMPTY);
    CuratedExtractor lean = full.withoutSpanModel();
    assertThat(mentions(lean)).contains("Python");
    full.apply(new Curation(List.of("python"), List.of(), List.of()));
    assertThat(mentions(lean)).doesNotContain("Python").contains("SQL");
    assertThat(lean.current()).isEqualTo(full.current());
  }

  @Test
  void anExtractorWithoutAModelIsItsOwnLeanReading() {
    var none =
        SkillExtractors.create(TestTaxonomy.small(), Fixtures.config(), null, Curation.EMPTY);
    assertThat(none.withoutSpanModel()).isSameAs(none);
  }
}
