package org.credmatch.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class RerankerTest {

  private static final Codes.Dictionary WORDS = new Codes.Dictionary();

  private static final Reranker RERANKER =
      new Reranker(new RankingConfig.Rerank(0.6, 0.3, 0.1, 0.85));

  /** Random programs over small vocabularies, so that near-duplicates and score ties are common. */
  private static List<Candidate> candidates(long seed, int n) {
    Random random = new Random(seed);
    List<Candidate> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Set<String> skills = words(random, "s", 12, random.nextInt(6));
      Set<String> title = words(random, "t", 8, 1 + random.nextInt(4));
      double score = random.nextInt(20) / 20.0; // ties on purpose
      out.add(candidate(String.format("c%03d", i), title, skills, score));
    }
    return out;
  }

  private static Set<String> words(Random random, String prefix, int vocabulary, int count) {
    Set<String> out = new HashSet<>();
    while (out.size() < count) {
      out.add(prefix + random.nextInt(vocabulary));
    }
    return Set.copyOf(out);
  }

  /** The textbook MMR: every pick compares every remaining candidate with every picked one. */
  private static List<Candidate> naiveMmr(
      List<Candidate> candidates, int diversify, double lambda) {
    List<Candidate> pool = new ArrayList<>(candidates);
    pool.sort(Reranker.BY_SCORE);
    List<Candidate> out = new ArrayList<>();
    while (!pool.isEmpty() && out.size() < diversify) {
      int best = 0;
      double bestValue = Double.NEGATIVE_INFINITY;
      for (int i = 0; i < pool.size(); i++) {
        double max = 0;
        for (Candidate chosen : out) {
          max = Math.max(max, naiveSimilarity(pool.get(i), chosen));
        }
        double value = lambda * pool.get(i).score() - (1 - lambda) * max;
        if (value > bestValue) {
          best = i;
          bestValue = value;
        }
      }
      out.add(pool.remove(best));
    }
    out.addAll(pool);
    return out;
  }

  private static double naiveSimilarity(Candidate a, Candidate b) {
    return (naiveJaccard(a.skillKeys(), b.skillKeys())
            + naiveJaccard(a.titleWords(), b.titleWords()))
        / 2;
  }

  private static double naiveJaccard(Codes codesA, Codes codesB) {
    Set<Integer> a = codesA.stream().boxed().collect(java.util.stream.Collectors.toSet());
    Set<Integer> b = codesB.stream().boxed().collect(java.util.stream.Collectors.toSet());
    Set<Integer> union = new HashSet<>(a);
    union.addAll(b);
    Set<Integer> both = new HashSet<>(a);
    both.retainAll(b);
    return union.isEmpty() ? 0 : (double) both.size() / union.size();
  }

  @Property(tries = 200)
  void ordersLikeTheTextbookMmr(
      @ForAll long seed,
      @ForAll @IntRange(min = 0, max = 60) int n,
      @ForAll @IntRange(min = 0, max = 70) int diversify) {
    List<Candidate> candidates = candidates(seed, n);
    assertThat(RERANKER.order(candidates, diversify))
        .containsExactlyElementsOf(naiveMmr(candidates, diversify, 0.85));
  }

  private static Candidate candidate(
      String id, Set<String> titleWords, Set<String> skills, double score) {
    return new Candidate(
        SearchFixtures.course(id, String.join(" ", titleWords)),
        Codes.of(titleWords, WORDS),
        Codes.of(skills, WORDS),
        score,
        Set.of(),
        0,
        0,
        score);
  }

  @Test
  void pushesANearDuplicateBelowADifferentProgram() {
    Candidate sql = candidate("a", Set.of("sql", "basics"), Set.of("s1", "s2"), 0.9);
    Candidate sqlAgain = candidate("b", Set.of("sql", "basics", "ii"), Set.of("s1", "s2"), 0.88);
    Candidate python = candidate("c", Set.of("python"), Set.of("s3"), 0.85);
    assertThat(RERANKER.order(List.of(sqlAgain, python, sql), 3))
        .extracting(c -> c.credential().id())
        .containsExactly("a", "c", "b");
  }
}
