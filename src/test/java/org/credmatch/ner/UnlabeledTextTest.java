package org.credmatch.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnlabeledTextTest {

  @Test
  void splitsPunctuationButKeepsCppNodeJsAndHyphenatedWords() {
    assertThat(UnlabeledText.tokens("Knows C++, C# and Node.js (full-stack)."))
        .containsExactly("knows", "c++", ",", "c#", "and", "node.js", "(", "full-stack", ")", ".");
  }

  @Test
  void dropsUrls() {
    assertThat(UnlabeledText.tokens("see http://data.europa.eu/esco/skill/123 or www.x.org now"))
        .containsExactly("see", "or", "now");
  }

  @Test
  void readsOneTokenLinePerNonBlankLine(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("a.txt"), "Use SQL\n\n\tteam work\n");

    assertThat(UnlabeledText.read(List.of(file)))
        .containsExactly(List.of("use", "sql"), List.of("team", "work"));
  }
}
