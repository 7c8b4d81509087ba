package org.credmatch.skills;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups candidate mentions into skills and weighs them. Immutable and thread-safe.
 *
 * <p>Per skill: the strongest requirement of its mentions, the largest minimum years, the highest
 * confidence, and {@code weight = level x specificity x repetition}, clamped to [0, 1] and rounded
 * to four decimals. The level is the configured weight of the requirement; specificity the
 * configured factor of the taxonomy type (plus a bonus for labels of two or more tokens, capped at
 * 1); repetition {@code min(1, base + step x (mentions - 1))}. Skills are sorted by weight
 * (descending), then id, then label, so the same input always gives the same order.
 */
final class SkillAggregator {

  private static final Comparator<ExtractedSkill> ORDER =
      Comparator.comparingDouble(ExtractedSkill::weight)
          .reversed()
          .thenComparing(ExtractedSkill::id, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(ExtractedSkill::label);

  private final ExtractionConfig config;

  SkillAggregator(ExtractionConfig config) {
    this.config = config;
  }

  List<ExtractedSkill> aggregate(List<Candidate> candidates, CleanedText cleaned, String original) {
    Map<String, List<Candidate>> groups = new LinkedHashMap<>();
    for (Candidate c : candidates) {
      groups.computeIfAbsent(c.groupKey(), k -> new ArrayList<>()).add(c);
    }
    List<ExtractedSkill> skills = new ArrayList<>(groups.size());
    groups.values().forEach(g -> skills.add(skill(g, cleaned, original)));
    skills.sort(ORDER);
    return skills;
  }

  private ExtractedSkill skill(List<Candidate> group, CleanedText cleaned, String original) {
    group.sort(Comparator.comparingInt(Candidate::start).thenComparingInt(Candidate::end));
    Candidate first = group.getFirst();
    Requirement level = Requirement.MENTIONED;
    Integer years = null;
    double confidence = 0;
    boolean fromTaxonomy = false;
    int tokens = 0;
    List<Mention> mentions = new ArrayList<>();
    for (Candidate c : group) {
      level = c.requirement().ordinal() < level.ordinal() ? c.requirement() : level;
      years = maxYears(years, c.minYears());
      confidence = Math.max(confidence, c.confidence());
      fromTaxonomy |= c.source() == Source.TAXONOMY;
      tokens = Math.max(tokens, c.labelTokens());
      Mention m = mention(c, cleaned, original);
      if (mentions.isEmpty() || mentions.getLast().start() != m.start()) {
        mentions.add(m);
      }
    }
    double weight = weight(level, first, tokens, mentions.size());
    Source source = fromTaxonomy ? Source.TAXONOMY : Source.MODEL;
    return new ExtractedSkill(
        first.id(),
        first.label(),
        first.type(),
        source,
        level,
        years,
        weight,
        round(confidence),
        mentions);
  }

  private static Integer maxYears(Integer a, Integer b) {
    if (a == null) {
      return b;
    }
    return b == null ? a : Integer.valueOf(Math.max(a, b));
  }

  private static Mention mention(Candidate c, CleanedText cleaned, String original) {
    int start = cleaned.originalStart(c.start());
    int end = cleaned.originalEnd(c.end());
    return new Mention(start, end, original.substring(start, end), c.sentence());
  }

  private double weight(Requirement level, Candidate first, int tokens, int mentions) {
    double base = config.requirementWeights().getOrDefault(level.json(), 0.5);
    double specificity =
        first.id() == null
            ? config.unlinkedSpecificity()
            : config.typeSpecificity().getOrDefault(first.type().json(), 0.8);
    if (tokens > 1) {
      specificity = Math.min(1.0, specificity + config.multiWordSpecificityBonus());
    }
    double repetition =
        Math.min(1.0, config.repetitionBase() + config.repetitionStep() * (mentions - 1));
    return round(Math.max(0, Math.min(1, base * specificity * repetition)));
  }

  private static double round(double v) {
    return Math.round(v * 10_000) / 10_000.0;
  }
}
