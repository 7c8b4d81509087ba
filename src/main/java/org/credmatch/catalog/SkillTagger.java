package org.credmatch.catalog;

import java.util.List;

/**
 * Attaches taxonomy skills to credentials at import time. Implementations state their own
 * thread-safety; the catalog importer calls one tagger from one thread.
 */
public interface SkillTagger {

  /**
   * Links provider tags to taxonomy skills, one result per distinct tag in tag order. A tag that
   * matches no taxonomy skill is kept with a null id and the tag as its label. Every result is
   * {@code declared}.
   */
  List<CredentialSkill> link(List<String> declaredTags);

  /**
   * Skills derived from a provider's prose (summary, description, syllabus). Every result has a
   * taxonomy id and is not {@code declared}. The prose itself must not appear in the results.
   */
  List<CredentialSkill> derive(String descriptionText);

  /**
   * A tagger without a taxonomy: tags are kept unlinked (null id, tag as label) and nothing is
   * derived. Thread-safe.
   */
  static SkillTagger unlinked() {
    return new SkillTagger() {
      @Override
      public List<CredentialSkill> link(List<String> declaredTags) {
        return declaredTags.stream().map(t -> new CredentialSkill(null, t, true)).toList();
      }

      @Override
      public List<CredentialSkill> derive(String descriptionText) {
        return List.of();
      }
    };
  }
}
