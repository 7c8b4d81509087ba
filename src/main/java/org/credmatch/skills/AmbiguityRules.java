package org.credmatch.skills;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.credmatch.skills.TaxonomyMatcher.Match;
import org.credmatch.taxonomy.SkillType;

/**
 * Decides whether an ambiguous short label ("Go", "R", "C", "Swift") or a natural language
 * ("English") found by the matcher is meant as a skill. Immutable and thread-safe.
 *
 * <p>An ambiguous label is kept when no per-label rejection applies (a neighbouring word such as
 * "grade C" or "Go live", or being glued to a hyphen, ampersand or apostrophe as in "R&amp;D" or
 * "C-level") and either it stands in a list (next to a comma, slash, "and", "or" or a bracket) with
 * an unambiguous tool found within the window, or it is not tagged with a rejected POS and a
 * context word ("programming", "developer", "iOS"...) is within the window. A language is kept only
 * with a language context word ("fluent", "spoken", "native"...) within the window.
 */
final class AmbiguityRules {

  private static final Set<String> LIST_GLUE = Set.of(",", "/", "and", "or", "(", ")", "&", ";");
  private static final Set<String> WORD_GLUE = Set.of("-", "&", "'", "\u2019", "\u2010", "\u2011");

  private final int window;
  private final int languageWindow;
  private final Set<String> contextWords;
  private final Set<String> languageWords;

  AmbiguityRules(ExtractionConfig config) {
    this.window = config.ambiguous().windowTokens();
    this.languageWindow = config.languageWindowTokens();
    this.contextWords = new HashSet<>(config.ambiguous().contextWords());
    this.languageWords = new HashSet<>(config.languageContextWords());
  }

  /** The matches that survive, in their order. */
  List<Match> resolve(Sentence s, List<Match> matches) {
    List<Match> tools = new ArrayList<>();
    for (Match m : matches) {
      boolean tool = m.entry().skill().type() == SkillType.TOOL && !m.posDoubt();
      if (tool && (m.entry().rule() == null || listed(s, m))) {
        tools.add(m);
      }
    }
    Set<Match> languages = languagesInContext(s, matches);
    List<Match> kept = new ArrayList<>(matches.size());
    for (Match m : matches) {
      if (m.entry().rule() != null) {
        if (keepAmbiguous(s, m, tools)) {
          kept.add(m);
        }
      } else if (m.posDoubt()) {
        if (nextToTool(s, m, tools)) {
          kept.add(m);
        }
      } else if (!m.entry().isLanguage() || languages.contains(m)) {
        kept.add(m);
      }
    }
    return kept;
  }

  /**
   * Languages named in a phrase ("speak Danish"), languages with a context word nearby, plus those
   * listed right next to one ("fluent English, German and French"): within two tokens of a kept
   * language, repeatedly.
   */
  private Set<Match> languagesInContext(Sentence s, List<Match> matches) {
    Set<Match> kept = new HashSet<>();
    List<Match> languages = matches.stream().filter(m -> m.entry().isLanguage()).toList();
    languages.stream().filter(m -> m.entry().tokens() > 1).forEach(kept::add);
    languages.stream()
        .filter(m -> hasContext(s, m, languageWords, languageWindow))
        .forEach(kept::add);
    boolean grew = !kept.isEmpty();
    while (grew) {
      grew = false;
      for (Match m : languages) {
        if (!kept.contains(m) && kept.stream().anyMatch(k -> distance(k, m) <= 2)) {
          grew = kept.add(m);
        }
      }
    }
    return kept;
  }

  private static int distance(Match a, Match b) {
    return a.first() >= b.last() ? a.first() - b.last() : b.first() - a.last();
  }

  /** Standing in a list: next to a comma, slash, "and", "or" or a bracket. */
  private static boolean listed(Sentence s, Match m) {
    return inList(neighbour(s, m.first() - 1), neighbour(s, m.last()));
  }

  private static String neighbour(Sentence s, int i) {
    return i >= 0 && i < s.tokens().size() ? LabelDictionary.key(s.tokens().get(i).text()) : "";
  }

  /** Words after which an ambiguous label is a skill name used as a modifier. */
  private static final Set<String> SKILL_NOUNS =
      Set.of(
          "skills",
          "skill",
          "experience",
          "knowledge",
          "proficiency",
          "expertise",
          "programming",
          "developer",
          "developers",
          "development");

  private boolean keepAmbiguous(Sentence s, Match m, List<Match> tools) {
    var rule = m.entry().rule();
    String before = neighbour(s, m.first() - 1);
    String after = neighbour(s, m.last());
    if (rule.rejectBefore().contains(before) || rule.rejectAfter().contains(after) || glued(s, m)) {
      return false;
    }
    if (SKILL_NOUNS.contains(after)) {
      return true; // "Excel skills", "Go experience": a noun modifier, whatever the tagger says
    }
    boolean context = hasContext(s, m, contextWords, window);
    if (inList(before, after)
        && (context || toolNearby(m, tools.stream().filter(t -> t != m).toList()))) {
      return true;
    }
    String tag = s.tag(m.first());
    return context && !rule.rejectPos().contains(tag);
  }

  /** Right next to a tool, or separated from one by list glue only ("docker, git and Jenkins"). */
  private static boolean nextToTool(Sentence s, Match m, List<Match> tools) {
    for (Match t : tools) {
      int d = distance(t, m);
      int between = t.first() >= m.last() ? m.last() : t.last();
      if (d == 0 || d == 1 && LIST_GLUE.contains(neighbour(s, between))) {
        return true;
      }
    }
    return false;
  }

  private static boolean glued(Sentence s, Match m) {
    List<Token> t = s.tokens();
    boolean left =
        m.first() > 0
            && s.gluedToNext(m.first() - 1)
            && WORD_GLUE.contains(t.get(m.first() - 1).text());
    boolean right =
        m.last() < t.size()
            && s.gluedToNext(m.last() - 1)
            && WORD_GLUE.contains(t.get(m.last()).text());
    return left || right;
  }

  private static boolean inList(String before, String after) {
    return LIST_GLUE.contains(before) || LIST_GLUE.contains(after);
  }

  private boolean toolNearby(Match m, List<Match> tools) {
    for (Match t : tools) {
      int distance = distance(t, m);
      if (distance >= 0 && distance <= window) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasContext(Sentence s, Match m, Set<String> words, int size) {
    for (String w : TaxonomyMatcher.window(s, m, size)) {
      if (words.contains(w)) {
        return true;
      }
    }
    return false;
  }
}
