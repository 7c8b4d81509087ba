package org.credmatch.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.credmatch.catalog.CredentialSkill;
import org.credmatch.skills.Requirement;

/** {@link Coverage} answers as the plain definition does, ad skill by ad skill. */
class CoverageTest {

  static final String[] LABELS =
      "sql|data analysis|python|excel|cloud security|r|team".split("\\|");

  @Property(tries = 300)
  void coversWhatTheDefinitionCovers(@ForAll long seed) {
    Random random = new Random(seed);
    List<AdSkill> ad = new ArrayList<>();
    Set<String> keys = new LinkedHashSet<>();
    for (int i = 0; i < random.nextInt(12); i++) {
      AdSkill s = skill(random);
      if (keys.add(s.key())) { // the recommender keeps one skill per key
        ad.add(s);
      }
    }
    List<CredentialSkill> skills = new ArrayList<>();
    for (int i = 0; i < random.nextInt(6); i++) {
      String label = LABELS[random.nextInt(LABELS.length)];
      skills.add(new CredentialSkill(random.nextBoolean() ? "skill:" + label : null, label, true));
    }
    var credential = SearchFixtures.course("c", random.nextBoolean() ? "Intro to sql" : "Python");
    var dictionary = new Codes.Dictionary();
    ProgramFacts program = ProgramFacts.of(credential.withSkills(skills), dictionary);

    Coverage.Covered covered = new Coverage(ad, dictionary).of(program);

    Set<String> expected = new LinkedHashSet<>();
    double total = 0;
    double got = 0;
    for (AdSkill s : ad) {
      boolean byId = s.id() != null && skills.stream().anyMatch(c -> s.id().equals(c.id()));
      boolean byText = s.needle() != null && program.haystack().contains(s.needle());
      total += s.weight();
      if (byId || byText) {
        expected.add(s.key());
        got += s.weight();
      }
    }
    assertThat(covered.keys()).containsExactlyElementsOf(expected);
    assertThat(covered.share()).isEqualTo(total == 0 ? 0 : got / total);
  }

  @org.junit.jupiter.api.Test
  void labelsAreMatchedStemmedAsTheFirstStageMatchesThem() {
    var dictionary = new Codes.Dictionary();
    ProgramFacts program =
        ProgramFacts.of(
            SearchFixtures.course("c", "Marketing Analytics: Price and Promotion Analytics")
                .withSkills(List.of(new CredentialSkill(null, "Clinical Trials", true))),
            dictionary);
    List<AdSkill> ad =
        List.of(
            new AdSkill(
                null, "pricing", Requirement.MENTIONED, 1, null, Coverage.needle("pricing")),
            new AdSkill(
                null, "clinical trial", Requirement.MENTIONED, 1, null, Coverage.needle("trial")),
            new AdSkill(null, "C++", Requirement.MENTIONED, 1, null, Coverage.needle("C++")),
            new AdSkill(
                null, "promotions", Requirement.MENTIONED, 1, null, Coverage.needle("promotions")));

    var covered = new Coverage(ad, dictionary).of(program);

    assertThat(covered.keys())
        .containsExactlyInAnyOrder("label:pricing", "label:clinical trial", "label:promotions");
    assertThat(Coverage.needle("C++")).isEqualTo(" c++ ");
    assertThat(Coverage.stemmed("data analyses html5 communities"))
        .isEqualTo("data analyse html5 community");
    assertThat(Coverage.stemmed("  sql  databases ")).isEqualTo("sql database");
    String longWord = "x".repeat(300);
    assertThat(Coverage.stemmed(longWord + " prices")).endsWith(" price").startsWith("xxx");
  }

  /** A text holding a needle holds each of its words: the quick test never rules a match out. */
  @Property(tries = 1000)
  void theWordTestNeverRulesOutAContainedNeedle(@ForAll long seed) {
    Random random = new Random(seed);
    String haystack = " " + text(random, 1 + random.nextInt(12)) + " ";
    int from = random.nextInt(haystack.length());
    String needle = haystack.substring(from, from + random.nextInt(haystack.length() - from + 1));
    assertThat(Coverage.Words.of(haystack).mayContain(Coverage.Words.of(needle))).isTrue();
  }

  @Property(tries = 200)
  void theWordTestRulesOutANeedleWithAnAbsentWord(@ForAll long seed) {
    Random random = new Random(seed);
    String haystack = " " + text(random, 1 + random.nextInt(12)) + " ";
    String absent = " " + text(random, random.nextInt(3)) + " zzq" + random.nextInt(1000) + " ";
    // 256 bits and at most 13 words: a collision for the absent word is rare but possible.
    assertThat(haystack).doesNotContain(absent);
    long ruledOut =
        java.util.stream.IntStream.range(0, 50)
            .filter(
                i ->
                    !Coverage.Words.of(haystack)
                        .mayContain(Coverage.Words.of(absent.replace("zzq", "zzq" + i))))
            .count();
    assertThat(ruledOut).isGreaterThan(35);
  }

  static String text(Random random, int words) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < words; i++) {
      b.append(i == 0 ? "" : random.nextInt(5) == 0 ? " | " : " ")
          .append(LABELS[random.nextInt(LABELS.length)]);
    }
    return b.toString();
  }

  static AdSkill skill(Random random) {
    String label = LABELS[random.nextInt(LABELS.length)];
    String id = random.nextInt(3) == 0 ? null : "skill:" + (random.nextBoolean() ? label : "x");
    return new AdSkill(
        id,
        label,
        Requirement.REQUIRED,
        0.1 + random.nextInt(9) / 10.0,
        null,
        Coverage.needle(label));
  }
}
