package org.credmatch.eval;

import java.util.List;
import org.credmatch.ner.SkillSpan;
import org.credmatch.ner.SkillSpanFinder;

/**
 * Any system under evaluation: the tokens of one sentence in, typed token spans out. Spans of
 * different kinds may overlap; the evaluator matches each kind on its own. Implementations used
 * with a multi-threaded caller must be thread-safe; {@link ExtractionEvaluator} calls from one
 * thread.
 */
@FunctionalInterface
public interface SpanTagger {

  /**
   * Tags one sentence.
   *
   * @param tokens the sentence's tokens, in order
   * @return spans over token indexes (end exclusive)
   */
  List<SkillSpan> tag(List<String> tokens);

  /** Evaluates a trained span finder. */
  static SpanTagger of(SkillSpanFinder finder) {
    return finder::find;
  }
}
