package org.credmatch.skills;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds the section of every line from headings, and the requirement level of every sentence from
 * its section and cue phrases. Immutable and thread-safe.
 *
 * <p>A line is a heading when the markup says so (h1-h6, Markdown '#', a bold-only line), when it
 * has at most eight words and ends with a colon, or when it is a short non-bullet line (at most six
 * words, no final full stop) that is a section cue phrase and at most one more word. A heading's
 * kind is the first section whose cue phrase it contains, in the order eeo, benefits, preferred,
 * required, responsibilities, about; other headings start an OTHER section. A line "Nice to have:
 * Kafka" takes the kind of its lead-in for itself only.
 */
final class SectionDetector {

  /** What a sentence contributes: skip it, or mark its skills with a level. */
  record Verdict(boolean skip, Requirement requirement) {}

  private final Map<SectionKind, Pattern> sectionCues = new EnumMap<>(SectionKind.class);
  private final Pattern preferred;
  private final Pattern required;
  private final Pattern boilerplate;

  SectionDetector(ExtractionConfig config) {
    for (SectionKind kind : SectionKind.CUED) {
      sectionCues.put(kind, cues(config.sections().getOrDefault(kind.configKey(), List.of())));
    }
    preferred = cues(config.preferredCues());
    required = cues(config.requiredCues());
    boilerplate = cues(config.boilerplateCues());
  }

  private static Pattern cues(List<String> phrases) {
    if (phrases.isEmpty()) {
      return Pattern.compile("(?!)");
    }
    String alternatives =
        phrases.stream()
            .sorted((a, b) -> b.length() - a.length())
            .map(p -> Pattern.quote(p.toLowerCase(Locale.ROOT)))
            .collect(Collectors.joining("|"));
    return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])");
  }

  /** The section of each line, in line order. */
  List<SectionKind> classify(CleanedText text) {
    List<SectionKind> kinds = new ArrayList<>(text.lines().size());
    SectionKind current = SectionKind.NONE;
    for (CleanedText.Line line : text.lines()) {
      String content = text.text().substring(line.start(), line.end());
      String lower = lower(content);
      if (isHeading(line, lower)) {
        current = kindOf(lower).orElse(SectionKind.OTHER);
        kinds.add(current);
      } else {
        kinds.add(current);
      }
    }
    return kinds;
  }

  /** Whether a sentence in a section yields skills, and at which level. */
  Verdict judge(String sentence, SectionKind lineSection) {
    String lower = lower(sentence);
    SectionKind section = leadIn(lower).orElse(lineSection);
    if (section == SectionKind.EEO || section == SectionKind.BENEFITS) {
      return new Verdict(true, Requirement.MENTIONED);
    }
    if (boilerplate.matcher(lower).find()) {
      return new Verdict(true, Requirement.MENTIONED);
    }
    if (preferred.matcher(lower).find()) {
      return new Verdict(false, Requirement.PREFERRED);
    }
    if (required.matcher(lower).find()) {
      return new Verdict(false, Requirement.REQUIRED);
    }
    return switch (section) {
      case ABOUT -> new Verdict(true, Requirement.MENTIONED);
      case REQUIRED -> new Verdict(false, Requirement.REQUIRED);
      case PREFERRED -> new Verdict(false, Requirement.PREFERRED);
      default -> new Verdict(false, Requirement.MENTIONED);
    };
  }

  private boolean isHeading(CleanedText.Line line, String lower) {
    if (line.heading()) {
      return true;
    }
    int words = lower.split(" ").length;
    if (words <= 8 && lower.endsWith(":")) {
      return true;
    }
    boolean sentenceLike = lower.endsWith(".") || lower.endsWith("!") || lower.endsWith("?");
    return !line.bullet() && words <= 6 && !sentenceLike && isMostlyCue(lower);
  }

  /** The line starts with a cue phrase and has at most one more word ("Benefits and perks"). */
  private boolean isMostlyCue(String lower) {
    for (Pattern p : sectionCues.values()) {
      var m = p.matcher(lower);
      if (m.find() && m.start() == 0 && contentWords(lower) - contentWords(m.group()) <= 1) {
        return true;
      }
    }
    return false;
  }

  private static int contentWords(String lower) {
    int n = 0;
    for (String w : lower.split("[^\\p{L}\\p{N}+#']+")) {
      n += w.isEmpty() || w.equals("and") ? 0 : 1;
    }
    return n;
  }

  private Optional<SectionKind> kindOf(String lower) {
    for (SectionKind kind : SectionKind.CUED) {
      if (sectionCues.get(kind).matcher(lower).find()) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }

  /** "Nice to have: Kafka": a cue phrase before a colon in the first few words. */
  private Optional<SectionKind> leadIn(String lower) {
    int colon = lower.indexOf(':');
    if (colon <= 0 || colon > 40) {
      return Optional.empty();
    }
    return kindOf(lower.substring(0, colon));
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT).replace('\u2019', '\'').strip();
  }
}
