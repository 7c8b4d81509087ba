package org.credmatch.skills;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.credmatch.ner.SkillSpan;
import org.credmatch.ner.SkillSpanFinder;

/**
 * A stand-in for the trained span finder: tags every occurrence of its phrases (case-insensitive,
 * token by token) as a SKILL span with a fixed probability. Immutable and thread-safe.
 */
record PhraseFinder(List<String> phrases, double probability) implements SkillSpanFinder {

  @Override
  public List<SkillSpan> find(List<String> tokens) {
    List<SkillSpan> spans = new ArrayList<>();
    for (String phrase : phrases) {
      List<String> words = List.of(phrase.toLowerCase(Locale.ROOT).split(" "));
      for (int i = 0; i + words.size() <= tokens.size(); i++) {
        List<String> window =
            tokens.subList(i, i + words.size()).stream()
                .map(t -> t.toLowerCase(Locale.ROOT))
                .toList();
        if (window.equals(words)) {
          spans.add(new SkillSpan(i, i + words.size(), SkillSpan.Kind.SKILL, probability));
        }
      }
    }
    return spans;
  }
}
