package org.credmatch.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LabelKeysTest {

  @Test
  void fastPathAgreesWithTheRegexDefinitionOnEdgeCases() {
    for (String s :
        List.of(
            "",
            " ",
            "...",
            "-",
            "#!",
            ".a.",
            " C++ ",
            "C#",
            ".NET",
            "(SQL)",
            "a  \t b",
            "a\r\n\u000Bb",
            "x\u001Fy ",
            "!!Python!!",
            "+a+",
            "#",
            "a - b",
            "  Excel.  ")) {
      assertThat(LabelKeys.normalize(s)).as("[%s]", s).isEqualTo(LabelKeys.byDefinition(s));
    }
  }

  @Test
  void fastPathAgreesWithTheRegexDefinitionOnRandomAscii() {
    String alphabet = "aZ9 \t\n\r\u000B\f.+#-!()&/'\u001F";
    Random random = new Random(42);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder s = new StringBuilder();
      for (int i = random.nextInt(8); i > 0; i--) {
        s.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String label = s.toString();
      assertThat(LabelKeys.normalize(label))
          .as("[%s]", label)
          .isEqualTo(LabelKeys.byDefinition(label));
    }
  }

  @Test
  void foldsCaseWidthAndSpaces() {
    assertThat(Taxonomy.normalize("  Structured   Query\tLanguage "))
        .isEqualTo("structured query language");
    assertThat(Taxonomy.normalize("ＳＱＬ")).isEqualTo("sql");
    assertThat(Taxonomy.normalize("Ｃ＋＋")).isEqualTo("c++");
  }
}
