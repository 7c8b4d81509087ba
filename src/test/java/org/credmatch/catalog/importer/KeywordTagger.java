package org.credmatch.catalog.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.credmatch.catalog.CredentialSkill;
import org.credmatch.catalog.SkillTagger;

/**
 * Test tagger: links tags without a taxonomy (id "tag:<lower-case tag>") and derives a skill for
 * every keyword found in the prose; records what it was asked. Not thread-safe.
 */
final class KeywordTagger implements SkillTagger {

  final List<List<String>> linked = new ArrayList<>();
  final List<String> derivedFrom = new ArrayList<>();
  private final List<String> keywords;

  KeywordTagger(String... keywords) {
    this.keywords = List.of(keywords);
  }

  @Override
  public List<CredentialSkill> link(List<String> declaredTags) {
    linked.add(declaredTags);
    return declaredTags.stream()
        .map(t -> new CredentialSkill("tag:" + t.toLowerCase(Locale.ROOT), t, true))
        .toList();
  }

  @Override
  public List<CredentialSkill> derive(String descriptionText) {
    derivedFrom.add(descriptionText);
    String text = descriptionText.toLowerCase(Locale.ROOT);
    return keywords.stream()
        .filter(text::contains)
        .map(k -> new CredentialSkill("kw:" + k, k, false))
        .toList();
  }
}
