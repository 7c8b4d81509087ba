package org.credmatch.search;

import java.util.AbstractSet;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.credmatch.index.LabelText;

/**
 * Which of an ad's skills a program teaches: by taxonomy id, or by the skill's label appearing as
 * whole words in the program's title or skill labels. Built once per recommendation and asked of
 * each of its few hundred candidates, so a program's few skill ids are looked up among the ad's
 * rather than each of the ad's skills among the program's. Immutable; thread-safe.
 */
final class Coverage {

  /** The covered ad skills' keys, in ad order, and their weighted share of the ad's skills. */
  record Covered(Set<String> keys, double share) {}

  private final List<AdSkill> skills;
  private final String[] keys;
  private final Map<String, Integer> indexByKey = new HashMap<>();
  private final int[] idCodes; // per skill: its id's code, or -1 without an id
  private final Words[] needleWords; // per skill: its needle's words, or null without a needle

  /**
   * @param skills the ad's skills, their keys distinct
   * @param dictionary the codes the programs' skill ids are held in ({@link ProgramFacts})
   * @throws IllegalArgumentException when two skills have the same key
   */
  Coverage(List<AdSkill> skills, Codes.Dictionary dictionary) {
    this.skills = List.copyOf(skills);
    this.keys = new String[skills.size()];
    this.idCodes = new int[keys.length];
    this.needleWords = new Words[keys.length];
    for (int i = 0; i < keys.length; i++) {
      AdSkill s = this.skills.get(i);
      keys[i] = s.key();
      if (indexByKey.put(keys[i], i) != null) {
        throw new IllegalArgumentException("two ad skills have the key " + keys[i]);
      }
      idCodes[i] = s.id() == null ? -1 : dictionary.code(s.id());
      needleWords[i] = s.needle() == null ? null : Words.of(s.needle());
    }
  }

  /** What of the ad {@code program} covers. */
  Covered of(ProgramFacts program) {
    BitSet hit = new BitSet(keys.length);
    double total = 0;
    double got = 0;
    for (int i = 0; i < keys.length; i++) {
      AdSkill s = skills.get(i);
      if ((idCodes[i] >= 0 && program.skillIds().contains(idCodes[i]))
          || (needleWords[i] != null
              && program.haystackWords().mayContain(needleWords[i])
              && program.haystack().contains(s.needle()))) {
        hit.set(i);
        got += s.weight();
      }
      total += s.weight();
    }
    return new Covered(new Keys(hit), total == 0 ? 0 : got / total);
  }

  /**
   * The covered keys in ad order: a read-only view of the hits, so that scoring a few hundred
   * candidates builds no hash set (only the top few are asked which keys they cover).
   */
  private final class Keys extends AbstractSet<String> {
    private final BitSet hit;

    Keys(BitSet hit) {
      this.hit = hit;
    }

    @Override
    public boolean contains(Object o) {
      Integer i = indexByKey.get(o);
      return i != null && hit.get(i);
    }

    @Override
    public int size() {
      return hit.cardinality();
    }

    @Override
    public Iterator<String> iterator() {
      return hit.stream().mapToObj(i -> keys[i]).iterator();
    }
  }

  /**
   * The space-separated words of a text as a 256-bit set of their hashes. A text holding {@code " "
   * + w1 + " " + ... + " "} holds each of those words between spaces, so when a needle's words are
   * not all in a haystack's set, the haystack cannot contain the needle: most needles are ruled out
   * without searching the text. Immutable.
   */
  static final class Words {
    private final long[] bits;

    private Words(long[] bits) {
      this.bits = bits;
    }

    /** The words of {@code text}: its runs of characters between two space characters. */
    static Words of(String text) {
      long[] bits = new long[4];
      int space = text.indexOf(' ');
      int hash = 0;
      for (int i = space + 1; space >= 0 && i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == ' ') {
          int h = hash * 0x9E3779B9;
          bits[h >>> 30] |= 1L << (h >>> 24);
          hash = 0;
        } else {
          hash = 31 * hash + c;
        }
      }
      return new Words(bits);
    }

    /** False only when some word of {@code needle} is not a word of this text. */
    boolean mayContain(Words needle) {
      for (int i = 0; i < bits.length; i++) {
        if ((needle.bits[i] & ~bits[i]) != 0) {
          return false;
        }
      }
      return true;
    }
  }

  /**
   * The space-padded normalised, {@link #stemmed} label to look for, or null when too short to
   * match alone.
   */
  static String needle(String label) {
    String normalized = stemmed(LabelText.normalize(label));
    return normalized.length() < 2 ? null : " " + normalized + " ";
  }

  /** Whitespace words, KStem-stemmed (Krovetz: inflections only, "pricing" to "price"). */
  private static final org.apache.lucene.analysis.Analyzer STEMMER = stemmer();

  private static org.apache.lucene.analysis.Analyzer stemmer() {
    try {
      return org.apache.lucene.analysis.custom.CustomAnalyzer.builder()
          .withTokenizer("whitespace")
          .addTokenFilter("kStem")
          .build();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * A normalised text with each word made only of letters reduced to its KStem form, so an ad's
   * label and a program's title or labels match across inflections: "pricing" covers "Price and
   * Promotion Analytics", as the Porter-stemmed first stage matches it. KStem, not Porter: Porter
   * also makes one word of "community" and "communicating". Words with digits or symbols ("c++",
   * "html5") are kept as they are.
   */
  static String stemmed(String normalized) {
    StringBuilder out = new StringBuilder(normalized.length());
    try (var tokens = STEMMER.tokenStream("", normalized)) {
      var term =
          tokens.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
      var offsets =
          tokens.addAttribute(org.apache.lucene.analysis.tokenattributes.OffsetAttribute.class);
      tokens.reset();
      while (tokens.incrementToken()) {
        String word = normalized.substring(offsets.startOffset(), offsets.endOffset());
        if (out.length() > 0) {
          out.append(' ');
        }
        out.append(allLetters(word) ? term : word);
      }
      tokens.end();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out.toString();
  }

  private static boolean allLetters(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (!Character.isLetter(word.charAt(i))) {
        return false;
      }
    }
    return !word.isEmpty();
  }
}
