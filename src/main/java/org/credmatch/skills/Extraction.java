package org.credmatch.skills;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/**
 * What an extractor found: skills ordered by weight (then id), and soft problems as warnings.
 *
 * @param skills the skills found, strongest first, ties broken by id
 * @param warnings human-readable soft problems ("no skills recognised", "input truncated at ...")
 * @param sentences the sentences the extractor read for skills, in text order; benefits, company
 *     blurbs, equal-opportunity statements and boilerplate are not among them; empty when it read
 *     none. Null when the extractor does not say (then every sentence counts). Not part of the
 *     JSON.
 */
public record Extraction(
    List<ExtractedSkill> skills, List<String> warnings, @JsonIgnore List<ReadSentence> sentences) {

  public Extraction {
    skills = List.copyOf(skills);
    warnings = List.copyOf(warnings);
    sentences = sentences == null ? null : List.copyOf(sentences);
  }

  /** Skills and warnings, without saying which sentences were read. */
  public Extraction(List<ExtractedSkill> skills, List<String> warnings) {
    this(skills, warnings, null);
  }

  /**
   * A sentence read for skills: {@code text.substring(start, end)} of the caller's original text.
   *
   * @param start offset of its first character, inclusive
   * @param end offset after its last character
   */
  public record ReadSentence(int start, int end) {}
}
