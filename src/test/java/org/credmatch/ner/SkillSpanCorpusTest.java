package org.credmatch.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.credmatch.ner.SkillSpan.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SkillSpanCorpusTest {

  @TempDir Path dir;

  @Test
  void readsBothConllLayersWithNestedSpans() throws IOException {
    Path file = dir.resolve("mini_dev.conll");
    Files.writeString(
        file,
        """
        Develop\tB-Skill\tO
        Java\tI-Skill\tB
        services\tI-Skill\tO
        .\tO\tO

        Scrum\tO\tB
        """);

    List<AnnotatedSentence> sentences = SkillSpanCorpus.read(file);

    assertThat(sentences).hasSize(2);
    assertThat(sentences.get(0).document()).isEqualTo("mini_dev.conll");
    assertThat(sentences.get(0).spans())
        .containsExactly(
            new SkillSpan(0, 3, Kind.SKILL, 1.0), new SkillSpan(1, 2, Kind.KNOWLEDGE, 1.0));
    assertThat(sentences.get(1).spans(Kind.KNOWLEDGE))
        .containsExactly(new SkillSpan(0, 1, Kind.KNOWLEDGE, 1.0));
  }

  @Test
  void readsPostingsJsonWithPostingIds() throws IOException {
    Path file = dir.resolve("postings_dev.json");
    Files.writeString(
        file,
        """
        {"idx": 7, "tokens": ["Know", "SQL"], "tags_skill": ["O", "O"], \
        "tags_knowledge": ["O", "B"], "source": "tech"}
        """);

    AnnotatedSentence sentence = SkillSpanCorpus.read(file).getFirst();

    assertThat(sentence.document()).isEqualTo("tech/7");
    assertThat(sentence.spans()).containsExactly(new SkillSpan(1, 2, Kind.KNOWLEDGE, 1.0));
  }

  @Test
  void insideTagAfterOutsideOpensASpan() {
    assertThat(SkillSpanCorpus.decodeBio(List.of("O", "I", "I", "B", "O", "I"), Kind.SKILL))
        .extracting(SkillSpan::start, SkillSpan::end)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, 3),
            org.assertj.core.groups.Tuple.tuple(3, 4),
            org.assertj.core.groups.Tuple.tuple(5, 6));
  }

  @Test
  void rejectsRowsWithoutThreeColumnsNamingTheLine() throws IOException {
    Path file = dir.resolve("bad.conll");
    Files.writeString(file, "Java\tO\tB\nSQL\tO\n");

    assertThatThrownBy(() -> SkillSpanCorpus.read(file))
        .isInstanceOf(MalformedCorpusException.class)
        .hasMessageContaining("bad.conll:2");
  }
}
