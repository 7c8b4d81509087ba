package org.credmatch.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.credmatch.ner.SkillSpan;
import org.credmatch.skills.ExtractedSkill;
import org.credmatch.skills.Mention;
import org.credmatch.skills.SkillExtractor;
import org.credmatch.taxonomy.SkillType;

/**
 * Evaluates the whole extraction pipeline (taxonomy matcher plus span model) as a {@link
 * SpanTagger}: the sentence's tokens are joined by spaces, extracted, and each mention is mapped
 * back to the tokens it covers. Taxonomy tools and knowledge count as KNOWLEDGE, skills,
 * transversal skills and languages as SKILL (SkillSpan's split). Thread-safe when the extractor is.
 */
public final class PipelineSpanTagger implements SpanTagger {

  private final SkillExtractor extractor;

  public PipelineSpanTagger(SkillExtractor extractor) {
    this.extractor = extractor;
  }

  @Override
  public List<SkillSpan> tag(List<String> tokens) {
    int[] starts = new int[tokens.size()];
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < tokens.size(); i++) {
      if (i > 0) {
        text.append(' ');
      }
      starts[i] = text.length();
      text.append(tokens.get(i));
    }
    List<SkillSpan> out = new ArrayList<>();
    for (ExtractedSkill skill : extractor.extract(text.toString()).skills()) {
      for (Mention m : skill.mentions()) {
        toSpan(m, starts, tokens, kindOf(skill.type()), skill.confidence()).ifPresent(out::add);
      }
    }
    out.sort(Comparator.comparingInt(SkillSpan::start).thenComparingInt(SkillSpan::end));
    return out;
  }

  private static java.util.Optional<SkillSpan> toSpan(
      Mention m, int[] starts, List<String> tokens, SkillSpan.Kind kind, double confidence) {
    int first = -1;
    int last = -1;
    for (int i = 0; i < starts.length; i++) {
      int end = starts[i] + tokens.get(i).length();
      if (starts[i] < m.end() && end > m.start()) {
        first = first < 0 ? i : first;
        last = i;
      }
    }
    return first < 0
        ? java.util.Optional.empty()
        : java.util.Optional.of(new SkillSpan(first, last + 1, kind, confidence));
  }

  static SkillSpan.Kind kindOf(SkillType type) {
    return type == SkillType.TOOL || type == SkillType.KNOWLEDGE
        ? SkillSpan.Kind.KNOWLEDGE
        : SkillSpan.Kind.SKILL;
  }
}
