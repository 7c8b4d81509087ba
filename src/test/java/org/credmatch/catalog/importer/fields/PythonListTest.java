package org.credmatch.catalog.importer.fields;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PythonListTest {

  @Test
  void readsSingleAndDoubleQuotedItems() {
    assertThat(PythonList.parse("['Calculus', \"Newton'S Method\", 'Bayes\\' Theorem']"))
        .containsExactly("Calculus", "Newton'S Method", "Bayes' Theorem");
  }

  @Test
  void readsEscapesAndEmptyLists() {
    assertThat(PythonList.parse("['energy\\xa0 source', 'a\\\\b', 'caf\\u00e9']"))
        .containsExactly("energy\u00a0 source", "a\\b", "café");
    assertThat(PythonList.parse("[]")).isEmpty();
    assertThat(PythonList.parse(" [ 'a' , ] ")).containsExactly("a");
  }

  @Test
  void rejectsTextThatIsNotAListOfStrings() {
    assertThatThrownBy(() -> PythonList.parse("Security, Risk"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PythonList.parse("['a' 'b']"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PythonList.parse("['unterminated]"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PythonList.parse("[1, 2]"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
