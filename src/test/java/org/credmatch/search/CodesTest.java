package org.credmatch.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

class CodesTest {

  @Property(tries = 300)
  void jaccardOfCodesIsJaccardOfTheStrings(
      @ForAll @Size(max = 8) List<@StringLength(max = 2) String> a,
      @ForAll @Size(max = 8) List<@StringLength(max = 2) String> b) {
    var dictionary = new Codes.Dictionary();
    Set<String> union = new HashSet<>(a);
    union.addAll(b);
    Set<String> both = new HashSet<>(a);
    both.retainAll(new HashSet<>(b));
    double expected = union.isEmpty() ? 0 : (double) both.size() / union.size();
    assertThat(Codes.jaccard(Codes.of(a, dictionary), Codes.of(b, dictionary))).isEqualTo(expected);
  }

  @Property(tries = 200)
  void holdsTheCodesOfItsWordsOnly(
      @ForAll @Size(max = 10) List<@StringLength(max = 2) String> held,
      @ForAll @Size(max = 10) Set<@StringLength(max = 2) String> asked) {
    var dictionary = new Codes.Dictionary();
    Codes codes = Codes.of(held, dictionary);
    for (String word : asked) {
      assertThat(codes.contains(dictionary.code(word))).isEqualTo(held.contains(word));
    }
  }

  @Example
  void threadsCodingAtOnceAgreeOnEveryWordsCode() throws Exception {
    var dictionary = new Codes.Dictionary();
    List<String> words = IntStream.range(0, 2_000).mapToObj(i -> "w" + i).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<int[]>> runs = new java.util.ArrayList<>();
      for (int t = 0; t < 4; t++) {
        runs.add(pool.submit(() -> words.stream().mapToInt(dictionary::code).toArray()));
      }
      int[] first = runs.get(0).get();
      for (Future<int[]> run : runs) {
        assertThat(run.get()).containsExactly(first);
      }
      assertThat(IntStream.of(first).distinct().count()).isEqualTo(words.size());
    } finally {
      pool.shutdownNow();
    }
  }
}
