package org.credmatch.search;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.credmatch.catalog.Level;
import org.credmatch.skills.ExtractedSkill;

/**
 * Guesses the seniority an ad asks for and scores how well a program's level fits it. Stateless.
 */
final class Seniority {

  private static final Pattern SENIOR =
      Pattern.compile("\\b(senior|sr\\.?|lead|principal|staff|architect|head of|expert)\\b");
  private static final Pattern JUNIOR =
      Pattern.compile(
          "\\b(junior|jr\\.?|entry[- ]level|graduate|intern(ship)?|trainee|apprentice|no experience)\\b");
  private static final Pattern MID = Pattern.compile("\\b(mid[- ]level|intermediate)\\b");

  private Seniority() {}

  /** The level the ad's wording and years of experience suggest, or null when it does not say. */
  static Level of(String text, List<ExtractedSkill> skills) {
    String head = text.substring(0, Math.min(text.length(), 4000)).toLowerCase(Locale.ROOT);
    int years =
        skills.stream()
            .map(ExtractedSkill::minYears)
            .filter(y -> y != null)
            .mapToInt(y -> y)
            .max()
            .orElse(0);
    if (SENIOR.matcher(head).find() || years >= 5) {
      return Level.ADVANCED;
    }
    if (JUNIOR.matcher(head).find()) {
      return Level.BEGINNER;
    }
    if (MID.matcher(head).find() || years >= 2) {
      return Level.INTERMEDIATE;
    }
    return null;
  }

  /**
   * Fit in [0, 1]: 1 for the same level, less the further apart; neutral when either is unknown.
   */
  static double fit(Level ad, Level program) {
    if (ad == null || program == null || program == Level.MIXED) {
      return 0.6;
    }
    int distance = Math.abs(ad.ordinal() - program.ordinal());
    return switch (distance) {
      case 0 -> 1.0;
      case 1 -> 0.5;
      default -> 0.1;
    };
  }
}
