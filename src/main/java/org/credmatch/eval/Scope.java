package org.credmatch.eval;

import java.util.Optional;
import org.credmatch.ner.SkillSpan;

/** Which spans a figure covers: one kind, or both kinds pooled (micro-averaged). */
public enum Scope {
  SKILL,
  KNOWLEDGE,
  BOTH;

  /** The span kind of a single-kind scope; empty for {@link #BOTH}. */
  public Optional<SkillSpan.Kind> kind() {
    return this == BOTH ? Optional.empty() : Optional.of(SkillSpan.Kind.valueOf(name()));
  }
}
