package org.credmatch.eval;

/** Which spans a figure covers: one kind, or both kinds pooled (micro-averaged). */
public enum Scope {
  SKILL,
  KNOWLEDGE,
  BOTH
}
