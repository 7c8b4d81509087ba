package org.credmatch.skills;

import java.util.List;

/**
 * What an extractor found: skills ordered by weight (then id), and soft problems as warnings.
 *
 * @param skills the skills found, strongest first, ties broken by id
 * @param warnings human-readable soft problems ("no skills recognised", "input truncated at ...")
 */
public record Extraction(List<ExtractedSkill> skills, List<String> warnings) {
  public Extraction {
    skills = List.copyOf(skills);
    warnings = List.copyOf(warnings);
  }
}
