package org.credmatch.search;

import java.util.List;
import org.credmatch.catalog.Credential;
import org.credmatch.catalog.CredentialSkill;
import org.credmatch.index.LabelText;

/**
 * What re-ranking needs to know of a program, computed once per indexed document: its skill ids,
 * the normalised text its skills are looked for in, its skill keys and title words. Immutable.
 *
 * @param credential the program
 * @param skillIds codes of the taxonomy ids of its skills
 * @param haystack normalised, {@link Coverage#stemmed} title and skill labels, " | "-separated and
 *     space-padded
 * @param haystackWords the words of {@code haystack}, for a quick test before searching it
 * @param skillKeys ids (or normalised labels) of all its skills, for similarity
 * @param titleWords normalised words of its title, for similarity
 */
record ProgramFacts(
    Credential credential,
    Codes skillIds,
    String haystack,
    Coverage.Words haystackWords,
    Codes skillKeys,
    Codes titleWords) {

  /** The facts of {@code c}, its words coded by {@code dictionary}. */
  static ProgramFacts of(Credential c, Codes.Dictionary dictionary) {
    List<String> ids = new java.util.ArrayList<>();
    List<String> keys = new java.util.ArrayList<>();
    String title = LabelText.normalize(c.title());
    StringBuilder text = new StringBuilder(Coverage.stemmed(title));
    for (CredentialSkill s : c.skills()) {
      String label = LabelText.normalize(s.label());
      if (s.id() != null) {
        ids.add(s.id());
      }
      keys.add(s.id() != null ? s.id() : label);
      text.append(" | ").append(Coverage.stemmed(label));
    }
    String haystack = " " + text + " ";
    return new ProgramFacts(
        c,
        Codes.of(ids, dictionary),
        haystack,
        Coverage.Words.of(haystack),
        Codes.of(keys, dictionary),
        Codes.of(List.of(title.split(" ")), dictionary));
  }
}
