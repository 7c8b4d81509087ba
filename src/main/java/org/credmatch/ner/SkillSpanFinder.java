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

  /**
   * Starts, on another thread, whatever this finder still has to load; returns at once. The first
   * {@link #find} waits for it (and starts it when nobody has).
   */
  default void startBackgroundWork() {}

  /**
   * A finder whose model {@code loading} reads only when first used or when {@link
   * #startBackgroundWork()} is called: a server starts it once it serves, since only the full
   * reading of {@code POST /api/v1/skills/extract} needs the model. Thread-safe; what the loading
   * throws is thrown by {@link #find}.
   */
  static SkillSpanFinder deferred(java.util.function.Supplier<? extends SkillSpanFinder> loading) {
    var model = new org.credmatch.util.Deferred<SkillSpanFinder>("span-model-loader", loading::get);
    return new SkillSpanFinder() {
      @Override
      public List<SkillSpan> find(List<String> tokens) {
        return model.join().find(tokens);
      }

      @Override
      public void startBackgroundWork() {
        model.start();
      }
    };
  }
}
