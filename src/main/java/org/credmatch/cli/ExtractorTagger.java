package org.credmatch.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.credmatch.catalog.CredentialSkill;
import org.credmatch.catalog.SkillTagger;
import org.credmatch.skills.ExtractedSkill;
import org.credmatch.skills.SkillExtractor;
import org.credmatch.skills.Source;
import org.credmatch.taxonomy.Skill;
import org.credmatch.taxonomy.Taxonomy;

/**
 * Tags catalog records with taxonomy skills: a provider tag links to the skill whose label it is,
 * else to the skills the extractor finds in it; prose yields the linked skills the extractor finds,
 * strongest first. Thread-safe when the extractor is.
 */
final class ExtractorTagger implements SkillTagger {

  /** Most skills derived from one description. */
  static final int MAX_DERIVED = 25;

  private final Taxonomy taxonomy;
  private final SkillExtractor extractor;

  ExtractorTagger(Taxonomy taxonomy, SkillExtractor extractor) {
    this.taxonomy = taxonomy;
    this.extractor = extractor.withoutSpanModel();
  }

  @Override
  public List<CredentialSkill> link(List<String> declaredTags) {
    Map<String, CredentialSkill> out = new LinkedHashMap<>();
    for (String tag : declaredTags) {
      List<CredentialSkill> linked = linkOne(tag);
      linked.forEach(s -> out.putIfAbsent(s.id() == null ? "tag:" + s.label() : s.id(), s));
    }
    return new ArrayList<>(out.values());
  }

  private List<CredentialSkill> linkOne(String tag) {
    Optional<Skill> exact = taxonomy.findByLabel(tag);
    if (exact.isPresent()) {
      return List.of(new CredentialSkill(exact.get().id(), exact.get().label(), true));
    }
    List<CredentialSkill> found =
        extractor.extract(tag).skills().stream()
            .filter(s -> s.id() != null && s.source() == Source.TAXONOMY)
            .map(s -> new CredentialSkill(s.id(), s.label(), true))
            .toList();
    return found.isEmpty() ? List.of(new CredentialSkill(null, tag, true)) : found;
  }

  @Override
  public List<CredentialSkill> derive(String descriptionText) {
    return extractor.extract(descriptionText).skills().stream()
        .filter(s -> s.id() != null && s.source() == Source.TAXONOMY)
        .limit(MAX_DERIVED)
        .map((ExtractedSkill s) -> new CredentialSkill(s.id(), s.label(), false))
        .toList();
  }
}
