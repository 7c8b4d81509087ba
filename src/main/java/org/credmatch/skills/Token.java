package org.credmatch.skills;

/**
 * One token of a cleaned sentence.
 *
 * @param text the token as written
 * @param start offset in the cleaned text
 * @param end offset after it in the cleaned text
 * @param lemma lower-case lemma (the lower-cased token when the lemmatizer has nothing better)
 */
record Token(String text, int start, int end, String lemma) {}
