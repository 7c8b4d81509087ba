package org.credmatch.skills;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.credmatch.skills.LabelDictionary.Entry;
import org.credmatch.skills.LabelDictionary.Kind;
import org.credmatch.skills.LabelDictionary.Node;

/**
 * Finds taxonomy labels in one analysed sentence: longest match first, left to right, over tokens
 * (so "React" is never found inside "reactive"), each token matched by its surface form or its
 * lemma. Immutable and thread-safe.
 *
 * <p>Checks after a label is found: case-sensitive labels must be written as in the taxonomy (or in
 * capitals); a short one-token label inside a hyphenated word ("JAX-RS") is dropped; a one-token
 * label read as a verb, adverb or function word is kept only next to another tool ("Kubernetes git
 * Jenkins", not "react quickly"); ambiguous labels ({@link AmbiguityRules}) and natural languages
 * need context.
 *
 * <p>A {@link CompiledCuration}'s trie is walked alongside the taxonomy's, so curated phrases take
 * part in the longest match; for the same key a forced or denied phrase wins over the taxonomy's
 * entry, and a synonym over a label but not over an alias.
 */
final class TaxonomyMatcher {

  private static final Set<String> NON_NAME_TAGS =
      Set.of("VERB", "AUX", "ADV", "ADP", "PRON", "DET", "CCONJ", "SCONJ", "PART", "INTJ");

  /**
   * A label found in a sentence.
   *
   * @param entry the dictionary entry
   * @param first index of the first token in the sentence
   * @param last index after the last token
   * @param viaLemma at least one token matched by its lemma only
   * @param posDoubt a one-word lower-case match the tagger reads as a verb or function word: kept
   *     only next to another tool ({@link AmbiguityRules})
   */
  record Match(Entry entry, int first, int last, boolean viaLemma, boolean posDoubt) {

    /** A denied phrase: names no skill, and model spans inside it are dropped. */
    boolean denied() {
      return entry.kind() == Kind.DENY;
    }
  }

  private final LabelDictionary dictionary;
  private final AmbiguityRules rules;
  private final int shortLabel;

  TaxonomyMatcher(LabelDictionary dictionary, ExtractionConfig config) {
    this.dictionary = dictionary;
    this.shortLabel = config.caseSensitiveMaxLength();
    this.rules = new AmbiguityRules(config);
  }

  /**
   * The labels found in a sentence, the curated phrases taking part in the longest match. Matches
   * of denied phrases ({@link Match#denied()}) are returned too, in order, so that the caller can
   * keep model spans inside them out; they are exempt from the ambiguity rules.
   */
  List<Match> match(Sentence sentence, CompiledCuration curation) {
    List<Token> tokens = sentence.tokens();
    List<Match> found = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Match m =
          LabelDictionary.skipped(tokens.get(i).text())
              ? null
              : longestAt(sentence, i, curation.root());
      if (m == null) {
        i++;
      } else {
        found.add(m);
        i = m.last();
      }
    }
    if (found.stream().noneMatch(Match::denied)) {
      return rules.resolve(sentence, found);
    }
    List<Match> kept =
        new ArrayList<>(rules.resolve(sentence, found.stream().filter(m -> !m.denied()).toList()));
    found.stream().filter(Match::denied).forEach(kept::add);
    kept.sort(Comparator.comparingInt(Match::first));
    return kept;
  }

  private Match longestAt(Sentence sentence, int start, Node curated) {
    Match[] best = new Match[1];
    walk(sentence, start, start, dictionary.root(), curated, false, best);
    Match m = best[0];
    // asked only of the match that wins: the tagger runs over the whole sentence on first use
    return m != null && !m.denied() && posDoubt(sentence, m)
        ? new Match(m.entry(), m.first(), m.last(), m.viaLemma(), true)
        : m;
  }

  /**
   * Depth-first over surface and lemma keys, in the taxonomy's trie and the curated one at once;
   * keeps the longest acceptable match.
   */
  private void walk(
      Sentence s, int start, int pos, Node node, Node curated, boolean lemma, Match[] best) {
    List<Token> tokens = s.tokens();
    while (pos < tokens.size() && LabelDictionary.skipped(tokens.get(pos).text())) {
      pos++;
    }
    if (pos >= tokens.size()) {
      return;
    }
    Token t = tokens.get(pos);
    String surface = LabelDictionary.key(t.text());
    tryKey(s, start, pos, child(node, surface), child(curated, surface), lemma, best);
    if (!t.lemma().equals(surface)) {
      tryKey(s, start, pos, child(node, t.lemma()), child(curated, t.lemma()), true, best);
    }
  }

  private static Node child(Node node, String key) {
    return node == null ? null : node.child(key);
  }

  private void tryKey(
      Sentence s, int start, int pos, Node next, Node curated, boolean lemma, Match[] best) {
    if (next == null && curated == null) {
      return;
    }
    if (best[0] == null || best[0].last() < pos + 1) {
      for (Entry e : byPrecedence(entry(curated), entry(next))) {
        Match m = new Match(e, start, pos + 1, lemma, false);
        if (acceptable(s, m)) {
          best[0] = m;
          break;
        }
      }
    }
    walk(s, start, pos + 1, next, curated, lemma, best);
  }

  private static Entry entry(Node node) {
    return node == null ? null : node.entry();
  }

  /**
   * The entries for one key, the one that wins first: a forced or denied phrase beats the
   * taxonomy's entry; a synonym beats a label but not an alias of skill-aliases.tsv.
   */
  private static List<Entry> byPrecedence(Entry curated, Entry taxonomy) {
    if (curated == null || taxonomy == null) {
      return curated == null ? nonNull(taxonomy) : List.of(curated);
    }
    boolean aliasFirst = curated.kind() == Kind.ALIAS && taxonomy.kind() == Kind.ALIAS;
    return aliasFirst ? List.of(taxonomy, curated) : List.of(curated, taxonomy);
  }

  private static List<Entry> nonNull(Entry e) {
    return e == null ? List.of() : List.of(e);
  }

  private boolean acceptable(Sentence s, Match m) {
    Entry e = m.entry();
    if (e.caseSensitive() && (m.viaLemma() || !writtenAsLabel(s, m))) {
      return false;
    }
    return e.tokens() > 1 || e.written().length() > shortLabel || !inHyphenCompound(s, m.first());
  }

  private static boolean posDoubt(Sentence s, Match m) {
    return m.entry().tokens() == 1
        && m.entry().rule() == null
        && mayBeCommonWord(s, m.first())
        && NON_NAME_TAGS.contains(s.tag(m.first()));
  }

  /** "JAX-RS", "C-level", "AI-driven": a short token that is part of a hyphenated word. */
  private static boolean inHyphenCompound(Sentence s, int i) {
    List<Token> t = s.tokens();
    boolean left = i > 0 && s.gluedToNext(i - 1) && LabelDictionary.skipped(t.get(i - 1).text());
    boolean right =
        i + 1 < t.size() && s.gluedToNext(i) && LabelDictionary.skipped(t.get(i + 1).text());
    return left || right;
  }

  /**
   * A capitalised token inside a sentence ("React" in "we use React") reads as a name without
   * asking the tagger; a lower-case or sentence-initial one might be a verb ("react quickly").
   */
  private static boolean mayBeCommonWord(Sentence s, int i) {
    String text = s.tokens().get(i).text();
    return i == 0 || !Character.isUpperCase(text.charAt(0));
  }

  private static boolean writtenAsLabel(Sentence s, Match m) {
    List<String> parts = new ArrayList<>();
    for (int i = m.first(); i < m.last(); i++) {
      String text = s.tokens().get(i).text();
      if (!LabelDictionary.skipped(text)) {
        parts.add(text);
      }
    }
    String text = String.join(" ", parts);
    for (String form : m.entry().forms()) {
      if (text.equals(form) || text.equals(form.toUpperCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** Lower-cased token texts and lemmas of a sentence window, the match itself excluded. */
  static Set<String> window(Sentence s, Match m, int size) {
    Set<String> words = new HashSet<>();
    int from = Math.max(0, m.first() - size);
    int to = Math.min(s.tokens().size(), m.last() + size);
    for (int i = from; i < to; i++) {
      if (i < m.first() || i >= m.last()) {
        Token t = s.tokens().get(i);
        words.add(LabelDictionary.key(t.text()));
        words.add(t.lemma());
      }
    }
    return words;
  }
}
