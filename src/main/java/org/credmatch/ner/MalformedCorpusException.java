package org.credmatch.ner;

/** A SkillSpan data file that cannot be parsed; the message names the file and line. */
public final class MalformedCorpusException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public MalformedCorpusException(String message) {
    super(message);
  }
}
