package org.credmatch.cli;

import java.io.PrintStream;
import java.util.stream.Collectors;
import org.credmatch.search.RankedCredential;
import org.credmatch.search.Recommendation;
import org.credmatch.skills.ExtractedSkill;

/** Prints a recommendation for people reading a terminal. */
final class RecommendationText {

  private RecommendationText() {}

  static void print(Recommendation r, PrintStream out) {
    r.warnings().forEach(w -> out.println("warning: " + w));
    out.println("Skills asked for:");
    for (ExtractedSkill s : r.skills()) {
      String years = s.minYears() == null ? "" : ", " + s.minYears() + "+ years";
      out.printf("  - %s (%s%s)%n", s.label(), s.requirement().json(), years);
    }
    out.printf("%nTop programs (%d matched):%n", r.total());
    for (RankedCredential c : r.results()) {
      printResult(c, out);
    }
    var stack = r.stack();
    out.printf(
        "%nStack covering the required skills: %s%n", String.join(" + ", stack.credentialIds()));
    out.printf(
        "  %.0f hours, %.2f in cost; uncovered: %s%n",
        stack.totalHours(),
        stack.totalCost(),
        stack.uncovered().isEmpty()
            ? "none"
            : stack.uncovered().stream()
                .map(Recommendation.SkillRef::label)
                .collect(Collectors.joining(", ")));
  }

  private static void printResult(RankedCredential c, PrintStream out) {
    var cred = c.credential();
    out.printf(
        "%2d. %s (%s, %s) score %.3f%n",
        c.rank(),
        cred.title(),
        cred.provider(),
        cred.type() == null ? "?" : cred.type().json(),
        c.score());
    out.printf("    %s%n    %s%n", c.why().summary(), cred.url());
    if (!c.missingRequired().isEmpty()) {
      out.printf(
          "    missing: %s%n",
          c.missingRequired().stream()
              .map(Recommendation.SkillRef::label)
              .collect(Collectors.joining(", ")));
    }
  }
}
