package org.credmatch.skills;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the section of every line from headings, and the requirement level of every sentence from
 * its section and cue phrases. Immutable and thread-safe.
 *
 * <p>A line is a heading when the markup says so (h1-h6, Markdown '#', a bold-only line), when it
 * has at most eight words and ends with a colon or an ellipsis ("Skills exciting to us…"), or when
 * it is a short non-bullet line (at most six words, no final full stop) that is a section cue
 * phrase and at most one more word. A heading's kind is the first section whose cue phrase it
 * contains, in the order eeo, benefits, preferred, required, responsibilities, about; other
 * headings start an OTHER section. A sentence "Nice to have: Kafka." takes the kind of its lead-in
 * for itself only.
 */
final class SectionDetector {

  /** What a sentence contributes: skip it, or mark its skills with a level. */
  record Verdict(boolean skip, Requirement requirement) {}

  private final Map<SectionKind, CuePhrases> sectionCues = new EnumMap<>(SectionKind.class);
  private final CuePhrases preferred;
  private final CuePhrases required;
  private final CuePhrases boilerplate;

  SectionDetector(ExtractionConfig config) {
    for (SectionKind kind : SectionKind.CUED) {
      var phrases = config.sections().getOrDefault(kind.configKey(), List.of());
      sectionCues.put(kind, new CuePhrases(phrases));
    }
    preferred = new CuePhrases(config.preferredCues());
    required = new CuePhrases(config.requiredCues());
    boilerplate = new CuePhrases(config.boilerplateCues());
  }

  /** The section of each line, in line order. */
  List<SectionKind> classify(CleanedText text) {
    List<SectionKind> kinds = new ArrayList<>(text.lines().size());
    SectionKind current = SectionKind.NONE;
    for (CleanedText.Line line : text.lines()) {
      String content = text.text().substring(line.start(), line.end()).strip();
      if (isHeading(line, content)) {
        current = kindOf(CuePhrases.words(content)).orElse(SectionKind.OTHER);
      }
      kinds.add(current);
    }
    return kinds;
  }

  /** Whether a sentence in a section yields skills, and at which level. */
  Verdict judge(String sentence, SectionKind lineSection) {
    String[] words = CuePhrases.words(sentence);
    SectionKind section = leadIn(sentence).orElse(lineSection);
    if (section == SectionKind.EEO
        || section == SectionKind.BENEFITS
        || boilerplate.foundIn(words)) {
      return new Verdict(true, Requirement.MENTIONED);
    }
    if (preferred.foundIn(words)) {
      return new Verdict(false, Requirement.PREFERRED);
    }
    if (required.foundIn(words)) {
      return new Verdict(false, Requirement.REQUIRED);
    }
    return switch (section) {
      case ABOUT -> new Verdict(true, Requirement.MENTIONED);
      case REQUIRED -> new Verdict(false, Requirement.REQUIRED);
      case PREFERRED -> new Verdict(false, Requirement.PREFERRED);
      default -> new Verdict(false, Requirement.MENTIONED);
    };
  }

  private boolean isHeading(CleanedText.Line line, String content) {
    if (line.heading()) {
      return true;
    }
    int words = content.split(" ").length;
    if (words <= 8
        && (content.endsWith(":") || content.endsWith("\u2026") || content.endsWith("..."))) {
      return true;
    }
    boolean sentenceLike = content.endsWith(".") || content.endsWith("!") || content.endsWith("?");
    return !line.bullet() && words <= 6 && !sentenceLike && isMostlyCue(content);
  }

  /** The line starts with a cue phrase and has at most one more word ("Benefits and perks"). */
  private boolean isMostlyCue(String content) {
    String[] words = CuePhrases.words(content);
    if (words.length == 0) {
      return false;
    }
    long others = Arrays.stream(words).filter(w -> !w.equals("and")).count();
    for (CuePhrases cues : sectionCues.values()) {
      int length = cues.lengthAt(words, 0);
      if (length > 0 && others - length <= 1) {
        return true;
      }
    }
    return false;
  }

  private Optional<SectionKind> kindOf(String[] words) {
    for (SectionKind kind : SectionKind.CUED) {
      if (sectionCues.get(kind).foundIn(words)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }

  /** "Nice to have: Kafka": a cue phrase before a colon in the first 40 characters. */
  private Optional<SectionKind> leadIn(String sentence) {
    int colon = sentence.indexOf(':');
    if (colon <= 0 || colon > 40) {
      return Optional.empty();
    }
    return kindOf(CuePhrases.words(sentence.substring(0, colon)));
  }
}
