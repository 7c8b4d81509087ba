package org.credmatch.skills;

import java.util.List;

/**
 * A curation that cannot be applied or read: unknown target skills, blank phrases, phrases listed
 * twice or both denied and mapped, malformed file lines. Lists every problem found, not only the
 * first, so that a curator can fix them in one go. Immutable.
 */
public final class CurationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  /**
   * @param problems one message per problem, each naming the entry it is about
   */
  public CurationException(List<String> problems) {
    super("invalid curation: " + String.join("; ", problems));
    this.problems = List.copyOf(problems);
  }

  /** Every problem found, in a stable order. */
  public List<String> problems() {
    return problems;
  }
}
