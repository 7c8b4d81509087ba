package org.credmatch.catalog;

import java.util.List;

/**
 * One program of a catalog: a course, badge, certificate... Immutable. Only facts are kept (no
 * provider prose): titles, codes, durations, prices, skills.
 *
 * @param id stable id, unique in the catalog ("edx:how-to-learn-online",
 *     "coursera:specializations:sscp-training")
 * @param title title as published
 * @param provider organisation offering it
 * @param type what kind of program it is
 * @param url where to enrol
 * @param skills skills it teaches, declared by the provider or derived from its description
 * @param level difficulty level, or null when unknown
 * @param duration length in hours where it could be computed, with the original text
 * @param effort effort as published ("2-4 hours per week"), or null
 * @param cost price facts
 * @param delivery how it is delivered
 * @param language language of instruction ("en"), or null
 * @param subject subject area, or null
 */
public record Credential(
    String id,
    String title,
    String provider,
    CredentialType type,
    String url,
    List<CredentialSkill> skills,
    Level level,
    Duration duration,
    String effort,
    Cost cost,
    Delivery delivery,
    String language,
    String subject) {

  public Credential {
    skills = skills == null ? List.of() : List.copyOf(skills);
    duration = duration == null ? Duration.UNKNOWN : duration;
    cost = cost == null ? Cost.UNKNOWN : cost;
    delivery = delivery == null ? Delivery.UNKNOWN : delivery;
  }

  /** A copy with another title. */
  public Credential withTitle(String newTitle) {
    return new Credential(
        id, newTitle, provider, type, url, skills, level, duration, effort, cost, delivery,
        language, subject);
  }

  /** A copy with other skills. */
  public Credential withSkills(List<CredentialSkill> newSkills) {
    return new Credential(
        id, title, provider, type, url, newSkills, level, duration, effort, cost, delivery,
        language, subject);
  }
}
