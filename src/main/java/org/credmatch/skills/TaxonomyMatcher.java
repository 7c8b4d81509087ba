package org.credmatch.skills;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.credmatch.skills.LabelDictionary.Entry;
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
  record Match(Entry entry, int first, int last, boolean viaLemma, boolean posDoubt) {}

  private final LabelDictionary dictionary;
  private final AmbiguityRules rules;
  private final int shortLabel;

  TaxonomyMatcher(LabelDictionary dictionary, ExtractionConfig config) {
    this.dictionary = dictionary;
    this.shortLabel = config.caseSensitiveMaxLength();
    this.rules = new AmbiguityRules(config);
  }

  List<Match> match(Sentence sentence) {
    List<Token> tokens = sentence.tokens();
    List<Match> found = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Match m = LabelDictionary.skipped(tokens.get(i).text()) ? null : longestAt(sentence, i);
      if (m == null) {
        i++;
      } else {
        found.add(m);
        i = m.last();
      }
    }
    return rules.resolve(sentence, found);
  }

  private Match longestAt(Sentence sentence, int start) {
    Match[] best = new Match[1];
    walk(sentence, start, start, dictionary.root(), false, best);
    return best[0];
  }

  /** Depth-first over surface and lemma keys; keeps the longest acceptable match. */
  private void walk(Sentence s, int start, int pos, Node node, boolean lemma, Match[] best) {
    List<Token> tokens = s.tokens();
    while (pos < tokens.size() && LabelDictionary.skipped(tokens.get(pos).text())) {
      pos++;
    }
    if (pos >= tokens.size()) {
      return;
    }
    Token t = tokens.get(pos);
    String surface = LabelDictionary.key(t.text());
    tryKey(s, start, pos, node.child(surface), lemma, best);
    if (!t.lemma().equals(surface)) {
      tryKey(s, start, pos, node.child(t.lemma()), true, best);
    }
  }

  private void tryKey(Sentence s, int start, int pos, Node next, boolean lemma, Match[] best) {
    if (next == null) {
      return;
    }
    Entry e = next.entry();
    if (e != null && (best[0] == null || best[0].last() < pos + 1)) {
      Match m = new Match(e, start, pos + 1, lemma, false);
      if (acceptable(s, m)) {
        best[0] = posDoubt(s, m) ? new Match(e, start, pos + 1, lemma, true) : m;
      }
    }
    walk(s, start, pos + 1, next, lemma, best);
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
