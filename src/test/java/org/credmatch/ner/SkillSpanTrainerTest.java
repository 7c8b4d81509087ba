package org.credmatch.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.credmatch.ner.SkillSpan.Kind;
import org.junit.jupiter.api.Test;

class SkillSpanTrainerTest {

  @Test
  void keepsTheOuterSkillOverANestedKnowledgeSpan() {
    List<SkillSpan> spans =
        List.of(
            new SkillSpan(0, 3, Kind.SKILL, 1.0),
            new SkillSpan(1, 2, Kind.KNOWLEDGE, 1.0),
            new SkillSpan(4, 5, Kind.KNOWLEDGE, 1.0));

    assertThat(SkillSpanTrainer.resolveOverlaps(spans)).containsExactly(spans.get(0), spans.get(2));
  }

  @Test
  void prefersSkillOnEqualLengthAndKeepsTheLongerKnowledgeSpan() {
    List<SkillSpan> tie =
        List.of(new SkillSpan(0, 2, Kind.KNOWLEDGE, 1.0), new SkillSpan(1, 3, Kind.SKILL, 1.0));
    List<SkillSpan> longer =
        List.of(new SkillSpan(0, 4, Kind.KNOWLEDGE, 1.0), new SkillSpan(1, 3, Kind.SKILL, 1.0));

    assertThat(SkillSpanTrainer.resolveOverlaps(tie)).containsExactly(tie.get(1));
    assertThat(SkillSpanTrainer.resolveOverlaps(longer)).containsExactly(longer.get(0));
  }
}
