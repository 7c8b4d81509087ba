package org.credmatch.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.credmatch.catalog.Cost;
import org.credmatch.catalog.Credential;
import org.credmatch.catalog.CredentialSkill;
import org.credmatch.catalog.Duration;

/**
 * Grows a real catalog into a synthetic one of any size, for scale benchmarks. Record {@code i} is
 * derived from a base record drawn at random from the real ones: it gets a new id ({@code
 * synthetic:NNNNNNN}), a title made of the first half of the base title's words and the second half
 * of another real title's words, a skill set resampled from the union of the base's skills and a
 * second real record's skills (same size as the base's, at least one when either had any), and its
 * price and hours jittered by up to ±25 %. Provider, type, level, delivery, language and subject
 * are the base's. The same seed and source always give the same records. Stateless and thread-safe.
 */
public final class SyntheticCatalog {

  /** The seed the documented benchmark figures use. */
  public static final long DEFAULT_SEED = 20261128L;

  private SyntheticCatalog() {}

  /** {@code size} synthetic records derived from {@code real} with {@code seed}. */
  public static List<Credential> generate(List<Credential> real, int size, long seed) {
    if (real.isEmpty()) {
      throw new IllegalArgumentException("no real records to derive from");
    }
    SplittableRandom random = new SplittableRandom(seed);
    List<Credential> out = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      Credential base = real.get(random.nextInt(real.size()));
      Credential other = real.get(random.nextInt(real.size()));
      out.add(derive(i, base, other, random));
    }
    return out;
  }

  private static Credential derive(int i, Credential base, Credential other, SplittableRandom r) {
    String id = String.format(Locale.ROOT, "synthetic:%07d", i);
    return new Credential(
        id,
        recombine(base.title(), other.title()),
        base.provider(),
        base.type(),
        base.url() == null ? null : base.url() + "#" + id,
        resample(base.skills(), other.skills(), r),
        base.level(),
        new Duration(jitter(base.duration().hours(), r), base.duration().text()),
        base.effort(),
        jitter(base.cost(), r),
        base.delivery(),
        base.language(),
        base.subject());
  }

  static String recombine(String first, String second) {
    String[] a = first.trim().split("\\s+");
    String[] b = second.trim().split("\\s+");
    List<String> words = new ArrayList<>(Arrays.asList(a).subList(0, (a.length + 1) / 2));
    words.addAll(Arrays.asList(b).subList(b.length / 2, b.length));
    return String.join(" ", words);
  }

  private static List<CredentialSkill> resample(
      List<CredentialSkill> base, List<CredentialSkill> other, SplittableRandom r) {
    Map<String, CredentialSkill> pool = new LinkedHashMap<>();
    base.forEach(s -> pool.putIfAbsent(s.id(), s));
    other.forEach(s -> pool.putIfAbsent(s.id(), s));
    List<CredentialSkill> candidates = new ArrayList<>(pool.values());
    int want = Math.min(candidates.size(), Math.max(base.size(), candidates.isEmpty() ? 0 : 1));
    for (int k = 0; k < want; k++) {
      int j = k + r.nextInt(candidates.size() - k);
      CredentialSkill swap = candidates.get(k);
      candidates.set(k, candidates.get(j));
      candidates.set(j, swap);
    }
    return List.copyOf(candidates.subList(0, want));
  }

  private static Cost jitter(Cost cost, SplittableRandom r) {
    return new Cost(
        jitter(cost.amount(), r), cost.currency(), cost.free(), jitter(cost.certificatePrice(), r));
  }

  private static Double jitter(Double value, SplittableRandom r) {
    if (value == null) {
      return null;
    }
    double factor = 0.75 + 0.5 * r.nextDouble();
    return Math.round(value * factor * 100.0) / 100.0;
  }
}
