package org.credmatch.skills;

import java.util.List;

/**
 * One analysed sentence of the cleaned text.
 *
 * @param text the sentence as it stands in the cleaned text
 * @param start offset of the sentence in the cleaned text
 * @param tokens its tokens, in order
 */
record Sentence(String text, int start, List<Token> tokens) {
  Sentence {
    tokens = List.copyOf(tokens);
  }

  /** True when token {@code i} touches token {@code i + 1} without white space. */
  boolean gluedToNext(int i) {
    return i + 1 < tokens.size() && tokens.get(i).end() == tokens.get(i + 1).start();
  }
}
