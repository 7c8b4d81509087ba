package org.credmatch.ner;

import java.util.List;

/**
 * One gold-annotated sentence of the SkillSpan data. Immutable.
 *
 * @param document the posting it belongs to ({@code source/idx} for postings JSON, the file name
 *     for CoNLL files, which carry no posting boundaries)
 * @param tokens the sentence's tokens
 * @param spans gold SKILL and KNOWLEDGE spans in token order; spans of different kinds may overlap
 *     (SkillSpan annotates the two layers independently)
 */
public record AnnotatedSentence(String document, List<String> tokens, List<SkillSpan> spans) {

  public AnnotatedSentence {
    tokens = List.copyOf(tokens);
    spans = List.copyOf(spans);
  }

  /** The gold spans of one kind. */
  public List<SkillSpan> spans(SkillSpan.Kind kind) {
    return spans.stream().filter(s -> s.kind() == kind).toList();
  }
}
