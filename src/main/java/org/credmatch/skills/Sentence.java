package org.credmatch.skills;

import java.util.List;
import java.util.function.Function;

/**
 * One analysed sentence of the cleaned text. POS tags are computed on first use and kept. Not
 * thread-safe: a sentence belongs to one extraction call.
 */
final class Sentence {

  private final String text;
  private final int start;
  private final List<Token> tokens;
  private final Function<String[], String[]> tagger;
  private String[] tags;

  /**
   * @param text the sentence as it stands in the cleaned text
   * @param start offset of the sentence in the cleaned text
   * @param tokens its tokens, in order
   * @param tagger universal POS tags for the token texts, called at most once
   */
  Sentence(String text, int start, List<Token> tokens, Function<String[], String[]> tagger) {
    this.text = text;
    this.start = start;
    this.tokens = List.copyOf(tokens);
    this.tagger = tagger;
  }

  String text() {
    return text;
  }

  int start() {
    return start;
  }

  List<Token> tokens() {
    return tokens;
  }

  /** The universal POS tag of token {@code i} ("NOUN", "VERB", "PROPN"...). */
  String tag(int i) {
    if (tags == null) {
      tags = tagger.apply(tokens.stream().map(Token::text).toArray(String[]::new));
    }
    return tags[i];
  }

  /** True when token {@code i} touches token {@code i + 1} without white space. */
  boolean gluedToNext(int i) {
    return i + 1 < tokens.size() && tokens.get(i).end() == tokens.get(i + 1).start();
  }
}
