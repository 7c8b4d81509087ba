package org.credmatch.index;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class LabelTextTest {

  @Test
  void normalisesLabelsAndWords() {
    assertThat(LabelText.normalize("  Supply-Chain  Management "))
        .isEqualTo("supply chain management");
    assertThat(LabelText.normalize("C++, C# and .NET.")).isEqualTo("c++ c# and .net");
    assertThat(LabelText.normalizeWord("SQL.")).isEqualTo("sql");
    assertThat(LabelText.normalizeWord("e.g.")).isEqualTo("e.g");
    assertThat(LabelText.normalizeWord("etc..")).isEqualTo("etc..");
    assertThat(LabelText.normalizeWord("Node.js")).isEqualTo("node.js");
    assertThat(LabelText.normalizeWord("Übung.")).isEqualTo(LabelText.normalize("Übung."));
  }

  /** The fast path for one word gives what the definition gives. */
  @Property(tries = 2000)
  void normalizeWordAgreesWithNormalize(
      @ForAll @StringLength(min = 1, max = 8) @Chars({'a', 'Z', '0', '9', '+', '#', '.', 'é', 'İ'})
          String word) {
    assertThat(LabelText.normalizeWord(word)).isEqualTo(LabelText.normalize(word));
  }
}
