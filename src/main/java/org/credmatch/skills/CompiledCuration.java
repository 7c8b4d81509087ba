package org.credmatch.skills;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.credmatch.skills.LabelDictionary.Node;
import org.credmatch.taxonomy.Skill;

/**
 * A checked {@link Curation} in the form the matcher consults: a small token trie of the curated
 * phrases (forced, synonym and denied entries), walked alongside the taxonomy's, plus the denied
 * ids and the keys of denied and forced phrases for model spans. Immutable once built (by {@link
 * CurationCompiler}) and thread-safe.
 *
 * @param root the trie of curated phrases, keyed like {@link LabelDictionary}
 * @param deniedIds taxonomy ids never extracted
 * @param deniedPhrases keys ({@link #key}) of denied phrases
 * @param forced the skill each forced phrase names, by key
 */
record CompiledCuration(
    Node root, Set<String> deniedIds, Set<String> deniedPhrases, Map<String, Skill> forced) {

  /** Nothing curated. */
  static final CompiledCuration EMPTY =
      new CompiledCuration(new Node(), Set.of(), Set.of(), Map.of());

  CompiledCuration {
    deniedIds = Set.copyOf(deniedIds);
    deniedPhrases = Set.copyOf(deniedPhrases);
    forced = Map.copyOf(forced);
  }

  /** The key of a phrase given as tokens: hyphens between word parts dropped, tokens keyed. */
  static String key(List<String> tokens) {
    return tokens.stream()
        .filter(t -> !LabelDictionary.skipped(t))
        .map(LabelDictionary::key)
        .collect(Collectors.joining(" "));
  }

  boolean deniesId(String id) {
    return id != null && deniedIds.contains(id);
  }

  boolean deniesPhrase(String key) {
    return deniedPhrases.contains(key);
  }

  /** The skill a forced phrase with this key names. */
  Optional<Skill> forcedSkill(String key) {
    return Optional.ofNullable(forced.get(key));
  }
}
