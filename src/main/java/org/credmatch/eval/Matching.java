package org.credmatch.eval;

/** How a predicted span must meet a gold span to count (see {@link SpanMatcher}). */
public enum Matching {
  /** Same kind, same first and last token. */
  STRICT,
  /** Same kind, at least one shared token, one-to-one. */
  OVERLAP
}
