package org.credmatch.search;

import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.credmatch.catalog.Credential;
import org.credmatch.catalog.CredentialSkill;
import org.credmatch.index.LabelText;

/**
 * What re-ranking needs to know of a program, computed once per indexed document: its skill ids,
 * the normalised text its skills are looked for in, its skill keys and title words. Immutable.
 *
 * @param credential the program
 * @param skillIds taxonomy ids of its skills
 * @param haystack normalised title and skill labels, " | "-separated and space-padded
 * @param skillKeys ids (or normalised labels) of all its skills, for similarity
 * @param titleWords normalised words of its title, for similarity
 */
record ProgramFacts(
    Credential credential,
    Set<String> skillIds,
    String haystack,
    Set<String> skillKeys,
    Set<String> titleWords) {

  static ProgramFacts of(Credential c) {
    Set<String> ids = new HashSet<>();
    Set<String> keys = new HashSet<>();
    String title = LabelText.normalize(c.title());
    StringBuilder text = new StringBuilder(title);
    for (CredentialSkill s : c.skills()) {
      String label = LabelText.normalize(s.label());
      if (s.id() != null) {
        ids.add(s.id());
      }
      keys.add(s.id() != null ? s.id() : label);
      text.append(" | ").append(label);
    }
    Set<String> words = new HashSet<>(List.of(title.split(" ")));
    // Hash sets, not Set.copyOf: re-ranking asks each of some 300 programs about each of up to 100
    // ad skills, and a miss in a HashSet is rejected by the hash, where Set.copyOf's probing
    // compares the long, same-length taxonomy URIs character by character.
    return new ProgramFacts(
        c,
        Collections.unmodifiableSet(ids),
        " " + text + " ",
        Collections.unmodifiableSet(keys),
        Collections.unmodifiableSet(words));
  }
}
