package org.credmatch.ner;

import java.util.List;

/**
 * Finds SKILL and KNOWLEDGE spans in one tokenized sentence, including skills no taxonomy lists.
 *
 * <p>Implementations are thread-safe: one instance serves concurrent requests.
 */
public interface SkillSpanFinder {

  /**
   * Tags one sentence.
   *
   * @param tokens the sentence's tokens, in order
   * @return spans over token indexes, in token order, non-overlapping
   */
  List<SkillSpan> find(List<String> tokens);
}
